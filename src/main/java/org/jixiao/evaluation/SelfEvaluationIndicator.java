package org.jixiao.evaluation;

import jakarta.persistence.Embeddable;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.ParsedValue;

import java.math.BigDecimal;

/**
 * One indicator of a self-evaluation as the unit filled it, and what the scoring step made of it: the parsed
 * target and actual, whether it is met, the suggested score, the allowed range and the problems found.
 */
@Embeddable
public class SelfEvaluationIndicator {

    private String level1;
    private String level2;
    private String name;
    private String target;
    private String actual;
    private BigDecimal weight;
    private BigDecimal score;
    private String deviationReason;

    private String targetKind;
    private String targetComparator;
    private String targetValue;
    private String targetUnit;
    private String actualKind;
    private String actualComparator;
    private String actualValue;
    private String actualUnit;
    private Boolean met;
    private BigDecimal suggestedScore;
    private BigDecimal minScore;
    private BigDecimal maxScore;
    private String problems;

    protected SelfEvaluationIndicator() {
    }

    SelfEvaluationIndicator(SelfEvaluationForm.Indicator i) {
        level1 = i.level1();
        level2 = i.level2();
        name = i.name();
        target = i.target();
        actual = i.actual();
        weight = i.weight();
        score = i.score();
        deviationReason = i.deviationReason();
    }

    SelfEvaluationForm.Indicator toExchange() {
        return new SelfEvaluationForm.Indicator(level1, level2, name, target, actual, weight, score, deviationReason);
    }

    void scored(IndicatorScore s) {
        targetKind = kind(s.target());
        targetComparator = comparator(s.target());
        targetValue = value(s.target());
        targetUnit = s.target() == null ? null : s.target().unit();
        actualKind = kind(s.actual());
        actualComparator = comparator(s.actual());
        actualValue = value(s.actual());
        actualUnit = s.actual() == null ? null : s.actual().unit();
        met = s.met();
        suggestedScore = s.suggestedScore();
        minScore = s.minScore();
        maxScore = s.maxScore();
        String joined = String.join("；", s.problems());
        problems = joined.isEmpty() ? null : joined;
    }

    private static String kind(ParsedValue v) {
        return v == null || v.kind() == null ? null : v.kind().name();
    }

    private static String comparator(ParsedValue v) {
        return v == null || v.comparator() == null ? null : v.comparator().name();
    }

    private static String value(ParsedValue v) {
        if (v == null) {
            return null;
        }
        if (v.date() != null) {
            return v.date().toString();
        }
        if (v.value() == null) {
            return null;
        }
        return v.valueTo() == null ? v.value().toPlainString()
                : v.value().toPlainString() + "-" + v.valueTo().toPlainString();
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public String getTargetComparator() {
        return targetComparator;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public String getActualValue() {
        return actualValue;
    }

    public Boolean getMet() {
        return met;
    }

    public BigDecimal getSuggestedScore() {
        return suggestedScore;
    }

    public BigDecimal getMinScore() {
        return minScore;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public String getProblems() {
        return problems;
    }
}
