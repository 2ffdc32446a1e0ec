package org.jixiao.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting
 * or ending with an apostrophe, unique ignoring case (Excel's rule) — duplicates get "(2)", "(3)"…
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    String next(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    static String clean(String wanted) {
        String s = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        s = s.replaceAll("^'+|'+$", "");
        if (s.isEmpty() || s.equalsIgnoreCase("History")) {
            s = "Sheet";
        }
        return cut(s, MAX);
    }

    /** Cuts by code points so a surrogate pair is never split. */
    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
