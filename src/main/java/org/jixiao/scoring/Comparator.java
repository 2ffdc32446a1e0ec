package org.jixiao.scoring;

/** The comparator of a quantitative value; {@code RANGE} is a range such as {@code 2-3人}. */
public enum Comparator {
    EQ("=", Direction.EXACT),
    GE("≥", Direction.POSITIVE),
    GT(">", Direction.POSITIVE),
    LE("≤", Direction.REVERSE),
    LT("<", Direction.REVERSE),
    RANGE("-", Direction.EXACT);

    private final String symbol;
    private final Direction direction;

    Comparator(String symbol, Direction direction) {
        this.symbol = symbol;
        this.direction = direction;
    }

    public String symbol() {
        return symbol;
    }

    public Direction direction() {
        return direction;
    }
}
