package org.jixiao.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The indicator tree as the official forms print it: one row per level-3 indicator, with the
 * level-1 cell merged over all its rows and the level-2 cell merged over its rows within that
 * level 1. Shared by all three forms, which differ only in the columns right of the tree.
 */
final class IndicatorTable {

    private IndicatorTable() {
    }

    /**
     * Writes one row per item; merges are declared on a group's first row, covering rows written next.
     *
     * @param rest writes the item's own columns into the current row
     */
    static <T> void write(SheetWriter w, List<T> items, int level1Col, int level2Col,
                          Function<T, String> level1, Function<T, String> level2,
                          BiConsumer<SheetWriter, T> rest) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            w.newRow(SheetWriter.Kind.TEXT);
            boolean newLevel1 = i == 0 || !Objects.equals(level1.apply(items.get(i - 1)), level1.apply(item));
            if (newLevel1) {
                int n = run(items, i, t -> level1.apply(t));
                w.text(level1Col, level1.apply(item), SheetWriter.Kind.TEXT_CENTER).mergeDown(level1Col, n);
            }
            if (newLevel1 || !Objects.equals(level2.apply(items.get(i - 1)), level2.apply(item))) {
                // level 2 groups never cross a level-1 boundary
                int n = run(items, i, t -> level1.apply(t) + "\u0000" + level2.apply(t));
                w.text(level2Col, level2.apply(item), SheetWriter.Kind.TEXT_CENTER).mergeDown(level2Col, n);
            }
            rest.accept(w, item);
        }
    }

    /**
     * Data rows between a header row and {@code endExclusive}, skipping rows where all key columns are
     * blank (users leave or insert empty rows).
     */
    static List<Integer> dataRows(SheetReader r, int headerRow, int endExclusive, int... keyCols) {
        List<Integer> rows = new ArrayList<>();
        for (int row = headerRow + 1; row < endExclusive; row++) {
            for (int c : keyCols) {
                if (c >= 0 && r.text(row, c) != null) {
                    rows.add(row);
                    break;
                }
            }
        }
        return rows;
    }

    /** True when every header column was found (a missing one has already been reported). */
    static boolean allFound(int[] columns) {
        for (int c : columns) {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }

    private static <T> int run(List<T> items, int from, Function<T, String> key) {
        String k = key.apply(items.get(from));
        int n = 1;
        while (from + n < items.size() && Objects.equals(k, key.apply(items.get(from + n)))) {
            n++;
        }
        return n;
    }
}
