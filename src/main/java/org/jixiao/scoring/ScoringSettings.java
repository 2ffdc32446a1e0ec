package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rules that differ between provinces, immutable; {@link #defaults()} holds the Shanghai values.
 *
 * @param weights                   level-1 weights with budget execution; must add up to 100
 * @param budgetBase                denominator of the budget execution rate
 * @param reverseFormula            score of a missed reverse (≤, &lt;) indicator
 * @param achievedTier              达成年度指标, as fractions of the weight (0.80..1.00)
 * @param partialTier               部分达成年度指标并具有一定效果 (0.60..0.80)
 * @param poorTier                  未达成年度指标且效果较差 (0.00..0.60)
 * @param overAchievementThreshold  beating the target by this fraction or more needs a reason (0.30)
 * @param scale                     decimals of rates and scores (2)
 * @param rounding                  how rates and scores are cut to {@code scale} ({@link RoundingMode#DOWN}: truncation)
 */
public record ScoringSettings(
        Level1Weights weights,
        BudgetBase budgetBase,
        ReverseFormula reverseFormula,
        ScoreRange achievedTier,
        ScoreRange partialTier,
        ScoreRange poorTier,
        BigDecimal overAchievementThreshold,
        int scale,
        RoundingMode rounding) {

    /** 全年预算数 (after adjustments) or 年初预算数 of the 年度资金总额 row. */
    public enum BudgetBase { FULL_YEAR, INITIAL }

    /** weight × target / actual, or a linear fall from the weight at the target to 0 at twice the target. */
    public enum ReverseFormula { RATIO, LINEAR_TO_DOUBLE }

    /** Level-1 weights: budget execution, 产出指标, 效益指标, 满意度指标. */
    public record Level1Weights(BigDecimal budget, BigDecimal output, BigDecimal effect, BigDecimal satisfaction) {

        public static final String OUTPUT = "产出指标";
        public static final String EFFECT = "效益指标";
        public static final String SATISFACTION = "满意度指标";

        public Level1Weights {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(satisfaction, "satisfaction");
            BigDecimal sum = budget.add(output).add(effect).add(satisfaction);
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException("level-1 weights must add up to 100, not " + sum);
            }
        }

        public static Level1Weights of(int budget, int output, int effect, int satisfaction) {
            return new Level1Weights(BigDecimal.valueOf(budget), BigDecimal.valueOf(output),
                    BigDecimal.valueOf(effect), BigDecimal.valueOf(satisfaction));
        }

        /** The weight of a level-1 name, or {@code null} for a name that is not one of the three. */
        public BigDecimal of(String level1) {
            if (level1 == null) {
                return null;
            }
            return switch (level1.strip()) {
                case OUTPUT -> output;
                case EFFECT -> effect;
                case SATISFACTION -> satisfaction;
                default -> null;
            };
        }
    }

    public ScoringSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(budgetBase, "budgetBase");
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        Objects.requireNonNull(achievedTier, "achievedTier");
        Objects.requireNonNull(partialTier, "partialTier");
        Objects.requireNonNull(poorTier, "poorTier");
        Objects.requireNonNull(overAchievementThreshold, "overAchievementThreshold");
        Objects.requireNonNull(rounding, "rounding");
        if (scale < 0) {
            throw new IllegalArgumentException("scale < 0");
        }
    }

    private static final ScoringSettings DEFAULTS = new ScoringSettings(
            Level1Weights.of(10, 50, 30, 10),
            BudgetBase.FULL_YEAR,
            ReverseFormula.RATIO,
            ScoreRange.of("0.80", "1.00"),
            ScoreRange.of("0.60", "0.80"),
            ScoreRange.of("0.00", "0.60"),
            new BigDecimal("0.30"),
            2,
            RoundingMode.DOWN);

    /** Shanghai: 10/50/30/10, full-year budget, target/actual, tiers 80–100/60–80/0–60 %, 30 %, truncation to 2 decimals. */
    public static ScoringSettings defaults() {
        return DEFAULTS;
    }

    public ScoringSettings withWeights(Level1Weights w) {
        return new ScoringSettings(w, budgetBase, reverseFormula, achievedTier, partialTier, poorTier,
                overAchievementThreshold, scale, rounding);
    }

    public ScoringSettings withBudgetBase(BudgetBase b) {
        return new ScoringSettings(weights, b, reverseFormula, achievedTier, partialTier, poorTier,
                overAchievementThreshold, scale, rounding);
    }

    public ScoringSettings withReverseFormula(ReverseFormula f) {
        return new ScoringSettings(weights, budgetBase, f, achievedTier, partialTier, poorTier,
                overAchievementThreshold, scale, rounding);
    }

    public ScoringSettings withTiers(ScoreRange achieved, ScoreRange partial, ScoreRange poor) {
        return new ScoringSettings(weights, budgetBase, reverseFormula, achieved, partial, poor,
                overAchievementThreshold, scale, rounding);
    }

    public ScoringSettings withOverAchievementThreshold(BigDecimal t) {
        return new ScoringSettings(weights, budgetBase, reverseFormula, achievedTier, partialTier, poorTier,
                t, scale, rounding);
    }

    public ScoringSettings withRounding(int newScale, RoundingMode mode) {
        return new ScoringSettings(weights, budgetBase, reverseFormula, achievedTier, partialTier, poorTier,
                overAchievementThreshold, newScale, mode);
    }

    /** Cuts a rate or score to {@code scale} decimals with {@code rounding}. */
    public BigDecimal cut(BigDecimal x) {
        return x.setScale(scale, rounding);
    }

    /** The smallest score step, 0.01 at scale 2. */
    BigDecimal step() {
        return BigDecimal.ONE.movePointLeft(scale);
    }
}
