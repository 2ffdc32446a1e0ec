package org.jixiao.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One indicator row of an official table as printed: the level-1 cell spans all rows of its level 1, the
 * level-2 cell all rows of its level 2 within that level 1. A span of 0 means the cell above covers this row.
 */
public record MergedRow<T>(T indicator, int level1Rows, int level2Rows) {

    public static <T> List<MergedRow<T>> of(List<T> items, Function<T, String> level1, Function<T, String> level2) {
        List<T> rows = items == null ? List.of() : items;
        Function<T, String> pair = t -> level1.apply(t) + "\u0000" + level2.apply(t);
        List<MergedRow<T>> merged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            merged.add(new MergedRow<>(rows.get(i), span(rows, i, level1), span(rows, i, pair)));
        }
        return merged;
    }

    /** Rows in the run of equal keys starting at {@code i}, or 0 when the row before has the same key. */
    private static <T> int span(List<T> rows, int i, Function<T, String> key) {
        String k = key.apply(rows.get(i));
        if (i > 0 && Objects.equals(k, key.apply(rows.get(i - 1)))) {
            return 0;
        }
        int n = 1;
        while (i + n < rows.size() && Objects.equals(k, key.apply(rows.get(i + n)))) {
            n++;
        }
        return n;
    }
}
