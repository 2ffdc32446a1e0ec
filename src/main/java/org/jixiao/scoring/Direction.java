package org.jixiao.scoring;

/** 指标方向: ≥ and > are positive (正向), ≤ and < reverse (反向), = and ranges exact. */
public enum Direction {
    POSITIVE, REVERSE, EXACT
}
