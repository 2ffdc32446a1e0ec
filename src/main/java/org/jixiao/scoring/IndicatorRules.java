package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Judges one indicator: met or not, the suggested score and the allowed range. Pure functions of the
 * parsed target and actual, the weight and the settings; see {@code docs/scoring-rules.md}.
 */
final class IndicatorRules {

    private static final MathContext MC = MathContext.DECIMAL64;

    private IndicatorRules() {
    }

    /** What the rules say about one indicator. */
    record Judgement(Boolean met, BigDecimal suggested, ScoreRange range, boolean overAchieved) {
    }

    static Judgement judge(ParsedValue target, ParsedValue actual, BigDecimal weight, ScoringSettings s) {
        BigDecimal w = weight == null || weight.signum() < 0 ? BigDecimal.ZERO : weight;
        // Written the same way (及时/及时, ≤10 万元/家 twice, 2022 年 6 月末 twice): met.
        if (!ValueParser.isNil(target) && target.text().equals(actual.text())) {
            return met(w, s, false);
        }
        if (target.kind() == ValueKind.QUANTITATIVE && actual.kind() == ValueKind.QUANTITATIVE) {
            return quantitative(target, actual, w, s);
        }
        if (target.kind() == ValueKind.DATE && actual.kind() == ValueKind.DATE
                && target.date() != null && actual.date() != null) {
            if (!actual.date().isAfter(target.date())) {
                return met(w, s, false);
            }
            // Late: 部分达成 tier, the suggestion at its floor.
            ScoreRange r = tier(s.partialTier(), w, s);
            return new Judgement(false, r.min(), r, false);
        }
        if (ValueParser.isNil(actual)) {
            if (target.kind() == ValueKind.QUANTITATIVE) {
                if (target.direction() == Direction.REVERSE) {
                    // "无" against "≤3 次" may mean zero occurrences or nothing done: cannot judge.
                    return unknown(w);
                }
                return new Judgement(false, cut(BigDecimal.ZERO, s), notMetRange(w, s), false);
            }
            // Nothing done against a qualitative or date target: 未达成 tier, suggestion 0.
            ScoreRange r = tier(s.poorTier(), w, s);
            return new Judgement(false, r.min(), r, false);
        }
        return unknown(w);
    }

    private static Judgement quantitative(ParsedValue t, ParsedValue a, BigDecimal w, ScoringSettings s) {
        if (!unitsCompatible(t.unit(), a.unit()) || t.value() == null || a.value() == null) {
            return unknown(w);
        }
        Comparator ac = a.comparator();
        boolean point = ac == null || ac == Comparator.EQ;
        if (!point) {
            Boolean implied = implied(t, a);
            if (implied == null || !implied) {
                return unknown(w);
            }
            return met(w, s, false);
        }
        BigDecimal av = a.value();
        BigDecimal tv = t.value();
        Comparator tc = t.comparator() == null ? Comparator.EQ : t.comparator();
        switch (tc) {
            case GE, GT -> {
                boolean ok = tc == Comparator.GE ? av.compareTo(tv) >= 0 : av.compareTo(tv) > 0;
                return ok ? met(w, s, over(av, tv, s)) : positiveMiss(av, tv, w, s);
            }
            case LE, LT -> {
                boolean ok = tc == Comparator.LE ? av.compareTo(tv) <= 0 : av.compareTo(tv) < 0;
                return ok ? met(w, s, under(av, tv, s)) : reverseMiss(av, tv, w, s);
            }
            case RANGE -> {
                BigDecimal hi = t.valueTo();
                if (av.compareTo(tv) >= 0 && av.compareTo(hi) <= 0) {
                    return met(w, s, false);
                }
                if (av.compareTo(hi) > 0) {
                    return met(w, s, over(av, hi, s)); // above the range: scored as positive
                }
                return positiveMiss(av, tv, w, s);
            }
            default -> { // EQ or a bare number: equal → full; otherwise scored as positive
                int c = av.compareTo(tv);
                if (c == 0) {
                    return met(w, s, false);
                }
                if (tv.signum() == 0) {
                    // "=0 起" and more than 0 happened: a positive ratio cannot be formed; scored as reverse.
                    return reverseMiss(av, tv, w, s);
                }
                return c > 0 ? met(w, s, over(av, tv, s)) : positiveMiss(av, tv, w, s);
            }
        }
    }

    /** Whether an actual written as a bound ({@code ≥95%}) implies the target; {@code null} if it cannot. */
    private static Boolean implied(ParsedValue t, ParsedValue a) {
        Comparator tc = t.comparator();
        Comparator ac = a.comparator();
        if (tc == null || ac == Comparator.RANGE || tc == Comparator.EQ || tc == Comparator.RANGE) {
            return null;
        }
        int c = a.value().compareTo(t.value());
        boolean actualUp = ac == Comparator.GE || ac == Comparator.GT;
        boolean targetUp = tc == Comparator.GE || tc == Comparator.GT;
        if (actualUp != targetUp) {
            return null;
        }
        boolean strictTarget = tc == Comparator.GT || tc == Comparator.LT;
        boolean strictActual = ac == Comparator.GT || ac == Comparator.LT;
        int towards = targetUp ? c : -c; // > 0: the actual bound lies beyond the target in its direction
        if (towards > 0 || (towards == 0 && (!strictTarget || strictActual))) {
            return Boolean.TRUE;
        }
        return null; // e.g. actual ≥95 % against target ≥99 %: the true value may or may not meet it
    }

    /** Positive miss: weight × actual / target, below the weight. */
    private static Judgement positiveMiss(BigDecimal av, BigDecimal tv, BigDecimal w, ScoringSettings s) {
        BigDecimal x = tv.signum() <= 0 || av.signum() <= 0 ? BigDecimal.ZERO : w.multiply(av).divide(tv, MC);
        ScoreRange r = notMetRange(w, s);
        return new Judgement(false, clamp(cut(x, s), r), r, false);
    }

    /** Reverse miss: weight × target / actual, or weight × (2 − actual / target) down to 0. */
    private static Judgement reverseMiss(BigDecimal av, BigDecimal tv, BigDecimal w, ScoringSettings s) {
        BigDecimal x;
        if (tv.signum() <= 0 || av.signum() <= 0) {
            x = BigDecimal.ZERO;
        } else if (s.reverseFormula() == ScoringSettings.ReverseFormula.RATIO) {
            x = w.multiply(tv).divide(av, MC);
        } else {
            x = w.multiply(BigDecimal.valueOf(2).subtract(av.divide(tv, MC))).max(BigDecimal.ZERO);
        }
        ScoreRange r = notMetRange(w, s);
        return new Judgement(false, clamp(cut(x, s), r), r, false);
    }

    private static boolean over(BigDecimal av, BigDecimal tv, ScoringSettings s) {
        if (tv.signum() <= 0) {
            return false;
        }
        return av.subtract(tv).divide(tv, MC).compareTo(s.overAchievementThreshold()) >= 0;
    }

    private static boolean under(BigDecimal av, BigDecimal tv, ScoringSettings s) {
        if (tv.signum() <= 0) {
            return false;
        }
        return tv.subtract(av).divide(tv, MC).compareTo(s.overAchievementThreshold()) >= 0;
    }

    /** Met: suggestion the full weight; allowed the 达成 tier (80–100 % of the weight). */
    private static Judgement met(BigDecimal w, ScoringSettings s, boolean overAchieved) {
        return new Judgement(true, cut(w, s), tier(s.achievedTier(), w, s), overAchieved);
    }

    /** Cannot judge: no suggestion; any score from 0 to the weight (the reviewer picks the tier). */
    private static Judgement unknown(BigDecimal w) {
        return new Judgement(null, null, new ScoreRange(BigDecimal.ZERO, w), false);
    }

    /** Not met (quantitative): anything from 0 up to one step below the weight. */
    private static ScoreRange notMetRange(BigDecimal w, ScoringSettings s) {
        BigDecimal max = w.subtract(s.step());
        return new ScoreRange(BigDecimal.ZERO, max.signum() < 0 ? BigDecimal.ZERO : max);
    }

    /** A tier of fractions as points of the weight, the floor rounded up and the ceiling down to the scale. */
    static ScoreRange tier(ScoreRange fractions, BigDecimal w, ScoringSettings s) {
        BigDecimal min = w.multiply(fractions.min()).setScale(s.scale(), java.math.RoundingMode.CEILING);
        BigDecimal max = w.multiply(fractions.max()).setScale(s.scale(), java.math.RoundingMode.FLOOR);
        if (min.compareTo(max) > 0) {
            min = max;
        }
        return new ScoreRange(min, max);
    }

    static boolean unitsCompatible(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    private static BigDecimal cut(BigDecimal x, ScoringSettings s) {
        return s.cut(x);
    }

    private static BigDecimal clamp(BigDecimal x, ScoreRange r) {
        return x.max(r.min()).min(r.max());
    }
}
