package org.jixiao.scoring;

/** 定量 (comparator, number, unit), a date or deadline, or 定性 text. */
public enum ValueKind {
    QUANTITATIVE, DATE, QUALITATIVE
}
