package org.jixiao.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the printed target and actual strings ({@code ≥90%}, {@code =4 小时内}, {@code 2022 年 6 月末},
 * {@code 及时}) into a {@link ParsedValue}. Never throws: whatever is not understood is qualitative.
 * Thread-safe; the patterns are compiled once. The grammar is in {@code docs/scoring-rules.md}.
 */
public final class ValueParser {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";

    /** [prefix] [comparator] number [-number] [unit] [suffix] [rest]; applied to the normalised compact string. */
    private static final Pattern QUANTITY = Pattern.compile(
            "^(全年|年均|平均|每年|每月|累计|不超过|不多于|不高于|不少于|不低于|超过|大于|高于|多于|少于|低于|小于)?"
                    + "([≥≤><=])?"
                    + NUM + "(?:-" + NUM + ")?"
                    + "([^\\d内前以<>=≥≤,，。;；、:：()]{0,8})"
                    + "(以内|之内|内|以上|以下|以前|前)?"
                    + "(.*)$");

    /** [yyyy年]M月[d日][底|末|前|…][完成]. */
    private static final Pattern MONTH_DATE = Pattern.compile(
            "^(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号])?(底前|末前|底|末|前|以前|初|上旬|中旬|下旬|份|内|之前)?(?:前)?(?:完成)?$");

    /** yyyy-M-d or yyyy.M.d or yyyy/M/d. */
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?:前|之前|以前)?(?:完成)?$");

    /** yyyy年[底|末|内|年底]…. */
    private static final Pattern YEAR_END = Pattern.compile("^(\\d{4})年(?:底|末|内|年底|年末|度内)(?:前)?(?:完成)?$");

    /** Deadlines relative to the budget year: 当年内完成, 年底前完成, 本年度内. */
    private static final Pattern RELATIVE_DEADLINE = Pattern.compile("^(?:当|本)?(?:年|年度)(?:内|底|末|底前|末前)(?:前)?完成?$");

    /** Actual values that say "nothing" (无, 0, —). */
    private static final Set<String> NIL = Set.of("", "无", "0", "0%", "-", "/", "未完成", "未开展", "未实施", "无数据");

    private ValueParser() {
    }

    public static ParsedValue parse(String raw) {
        if (raw == null) {
            return ParsedValue.qualitative(null, "");
        }
        boolean[] percent = new boolean[1];
        String s = normalise(raw, percent);
        if (s.isEmpty()) {
            return ParsedValue.qualitative(raw, s);
        }
        ParsedValue date = parseDate(raw, s);
        if (date != null) {
            return date;
        }
        ParsedValue q = parseQuantity(raw, s, percent[0]);
        if (q != null) {
            return q;
        }
        return ParsedValue.qualitative(raw, s);
    }

    /** Whether the value says that nothing was done or measured: empty, 无, 0, 0%, —. */
    public static boolean isNil(ParsedValue v) {
        return v == null || v.text() == null || NIL.contains(v.text());
    }

    private static ParsedValue parseQuantity(String raw, String s, boolean percent) {
        char c0 = s.charAt(0);
        if (!(Character.isDigit(c0) || c0 == '≥' || c0 == '≤' || c0 == '>' || c0 == '<' || c0 == '='
                || c0 == '全' || c0 == '年' || c0 == '平' || c0 == '每' || c0 == '累' || c0 == '不'
                || c0 == '超' || c0 == '大' || c0 == '高' || c0 == '多' || c0 == '少' || c0 == '低' || c0 == '小')) {
            return null;
        }
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(1);
        String cmp = m.group(2);
        String unit = m.group(5);
        String suffix = m.group(6);
        String rest = m.group(7);
        if (!rest.isEmpty() && (suffix == null || containsDigit(rest))) {
            return null;
        }
        if (prefix != null && cmp != null && !isTimeScope(prefix)) {
            return null;
        }
        Comparator comparator = comparatorOf(cmp);
        if (comparator == null && prefix != null) {
            comparator = comparatorOfWords(prefix);
        }
        if (suffix != null) {
            switch (suffix) {
                case "以上" -> {
                    if (comparator == null || comparator == Comparator.EQ) {
                        comparator = Comparator.GE;
                    }
                }
                default -> { // 内, 以内, 之内, 以下, 前, 以前: "within"
                    if (comparator == null || comparator == Comparator.EQ) {
                        comparator = Comparator.LE;
                    }
                }
            }
        }
        BigDecimal value = new BigDecimal(m.group(3));
        BigDecimal valueTo = null;
        if (m.group(4) != null) {
            valueTo = new BigDecimal(m.group(4));
            if (value.compareTo(valueTo) > 0) {
                BigDecimal t = value;
                value = valueTo;
                valueTo = t;
            }
            comparator = Comparator.RANGE;
        }
        if (percent && unit.isEmpty()) {
            unit = "%";
        }
        return new ParsedValue(raw, ValueKind.QUANTITATIVE, comparator, value, valueTo, unit, null, s);
    }

    private static boolean isTimeScope(String prefix) {
        return switch (prefix) {
            case "全年", "年均", "平均", "每年", "每月", "累计" -> true;
            default -> false;
        };
    }

    private static Comparator comparatorOf(String c) {
        if (c == null) {
            return null;
        }
        return switch (c.charAt(0)) {
            case '≥' -> Comparator.GE;
            case '≤' -> Comparator.LE;
            case '>' -> Comparator.GT;
            case '<' -> Comparator.LT;
            default -> Comparator.EQ;
        };
    }

    private static Comparator comparatorOfWords(String w) {
        return switch (w) {
            case "不超过", "不多于", "不高于" -> Comparator.LE;
            case "不少于", "不低于" -> Comparator.GE;
            case "超过", "大于", "高于", "多于" -> Comparator.GT;
            case "少于", "低于", "小于" -> Comparator.LT;
            default -> null; // 全年, 平均 …: a scope, not a comparator
        };
    }

    private static ParsedValue parseDate(String raw, String s) {
        if (s.indexOf('月') < 0 && s.indexOf('年') < 0 && s.indexOf('-') < 0 && s.indexOf('.') < 0 && s.indexOf('/') < 0) {
            return null;
        }
        Matcher m = MONTH_DATE.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            LocalDate date = null;
            if (m.group(1) != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
                date = deadline(ym, m.group(3), m.group(4));
            }
            return ParsedValue.date(raw, date, s);
        }
        m = ISO_DATE.matcher(s);
        if (m.matches()) {
            try {
                return ParsedValue.date(raw, LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), s);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        m = YEAR_END.matcher(s);
        if (m.matches()) {
            return ParsedValue.date(raw, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), s);
        }
        if (RELATIVE_DEADLINE.matcher(s).matches()) {
            return ParsedValue.date(raw, null, s);
        }
        return null;
    }

    /** The last day that still meets a month deadline: 6月末/6月底/6月 → 30 June; 11月前 → 31 October. */
    private static LocalDate deadline(YearMonth ym, String day, String qualifier) {
        if (day != null) {
            int d = Integer.parseInt(day);
            if (d < 1 || d > ym.lengthOfMonth()) {
                return null;
            }
            LocalDate date = ym.atDay(d);
            return ("前".equals(qualifier) || "之前".equals(qualifier) || "以前".equals(qualifier)) ? date.minusDays(1) : date;
        }
        if (qualifier == null) {
            return ym.atEndOfMonth();
        }
        return switch (qualifier) {
            case "前", "以前", "之前" -> ym.atDay(1).minusDays(1);
            case "初", "上旬" -> ym.atDay(10);
            case "中旬" -> ym.atDay(20);
            default -> ym.atEndOfMonth(); // 底, 末, 底前, 末前, 下旬, 份, 内
        };
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds full-width forms to half-width, {@code >=}/{@code ≧} to {@code ≥} (likewise ≤), range dashes and
     * tildes to {@code -}, drops all white space and thousands separators, and removes a {@code (%)} suffix
     * (setting {@code percent[0]}).
     */
    static String normalise(String raw, boolean[] percent) {
        int n = raw.length();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII block
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '≧', '⩾' -> c = '≥';
                case '≦', '⩽' -> c = '≤';
                case '～', '〜', '~', '—', '–', '−', '至' -> c = '-';
                case '﹪' -> c = '%';
                case '。' -> {
                    if (i > 0 && i + 1 < n && Character.isDigit(raw.charAt(i - 1)) && Character.isDigit(raw.charAt(i + 1))) {
                        c = '.';
                    }
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int len = b.length();
            char last = len == 0 ? 0 : b.charAt(len - 1);
            if (c == ',' && len > 0 && Character.isDigit(last) && i + 1 < n && nextIsDigit(raw, i + 1)) {
                continue;
            }
            if (c == '=') {
                if (last == '>') {
                    b.setCharAt(len - 1, '≥');
                    continue;
                }
                if (last == '<') {
                    b.setCharAt(len - 1, '≤');
                    continue;
                }
                if (last == '≥' || last == '≤' || last == '=') {
                    continue;
                }
            }
            b.append(c);
        }
        int p = b.indexOf("(%)");
        if (p >= 0) {
            b.delete(p, p + 3);
            percent[0] = true;
        }
        return b.toString();
    }

    /** Whether the next non-space character from {@code i} is a digit (for "1, 000" as well as "1,000"). */
    private static boolean nextIsDigit(String raw, int i) {
        for (int j = i; j < raw.length(); j++) {
            char c = raw.charAt(j);
            if (c >= '\uFF10' && c <= '\uFF19') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return Character.isDigit(c);
            }
        }
        return false;
    }
}
