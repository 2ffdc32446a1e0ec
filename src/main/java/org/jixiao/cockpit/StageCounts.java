package org.jixiao.cockpit;

/** How many projects of a department are in one stage, and how many of those are overdue or returned. */
public record StageCounts(long count, long overdue, long returned) {

    public static final StageCounts NONE = new StageCounts(0, 0, 0);
}
