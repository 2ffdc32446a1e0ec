package org.jixiao.quality;

/** A warning is shown and may be ignored; an error blocks the submission. */
public enum Severity {
    WARNING, ERROR
}
