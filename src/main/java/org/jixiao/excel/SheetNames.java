package org.jixiao.excel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting
 * or ending with an apostrophe, unique ignoring case (Excel's rule) — duplicates get "(2)", "(3)"…
 */
final class SheetNames {

    static final int MAX = 31;

    /** Characters Excel refuses in a sheet name, and control characters. */
    private static final Pattern ILLEGAL = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");

    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    String next(String wanted) {
        String base = clean(wanted);
        String key = base.toLowerCase(Locale.ROOT);
        String name = base;
        // remembers the next free suffix per name, so a thousand equal names cost no more than a thousand others
        int n = nextSuffix.getOrDefault(key, 2);
        while (!used.add(name.toLowerCase(Locale.ROOT))) {
            String suffix = "(" + n++ + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        nextSuffix.put(key, n);
        return name;
    }

    static String clean(String wanted) {
        String s = wanted == null ? "" : ILLEGAL.matcher(wanted).replaceAll("_").strip();
        s = EDGE_APOSTROPHES.matcher(s).replaceAll("");
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
