package org.jixiao.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule with values worked out by hand from docs/scoring-rules.md. */
class IndicatorRulesTest {

    private static final ScoringSettings S = ScoringSettings.defaults();

    private static IndicatorRules.Judgement judge(String target, String actual, String weight, ScoringSettings s) {
        return IndicatorRules.judge(ValueParser.parse(target), ValueParser.parse(actual), new BigDecimal(weight), s);
    }

    private static IndicatorRules.Judgement judge(String target, String actual, String weight) {
        return judge(target, actual, weight, S);
    }

    private static void assertRange(IndicatorRules.Judgement j, String min, String max) {
        assertThat(j.range().min()).isEqualByComparingTo(min);
        assertThat(j.range().max()).isEqualByComparingTo(max);
    }

    @Test
    void positiveMet() {
        var j = judge("≥90%", "=92%", "10");
        assertThat(j.met()).isTrue();
        assertThat(j.suggested()).isEqualByComparingTo("10");
        assertRange(j, "8.00", "10.00");
        assertThat(j.overAchieved()).isFalse();
    }

    @Test
    void positiveMissIsProportionalAndTruncated() {
        // 7 × 28 / 30 = 6.5333…
        var j = judge("≥30 个", "=28 个", "7");
        assertThat(j.met()).isFalse();
        assertThat(j.suggested()).isEqualTo(new BigDecimal("6.53"));
        assertRange(j, "0", "6.99");
        // 6 × 85 / 90 = 5.6666…: truncated to 5.66, not rounded to 5.67
        assertThat(judge("≥90%", "=85%", "6").suggested()).isEqualTo(new BigDecimal("5.66"));
        // bare actual without comparator and unit: 8 × 83 / 100 = 6.64
        assertThat(judge("≥100 个", "=83", "8").suggested()).isEqualTo(new BigDecimal("6.64"));
    }

    @Test
    void strictPositiveAtTheBoundIsMissedButBelowWeight() {
        var j = judge(">2 人", "=2 人", "10");
        assertThat(j.met()).isFalse();
        // 10 × 2 / 2 = 10, capped to one step below the weight
        assertThat(j.suggested()).isEqualTo(new BigDecimal("9.99"));
    }

    @Test
    void reverseMetAndRatioMiss() {
        assertThat(judge("≤10%", "=8%", "10").met()).isTrue();
        var j = judge("≤10%", "=12.5%", "10");
        assertThat(j.met()).isFalse();
        assertThat(j.suggested()).isEqualByComparingTo("8.00"); // 10 × 10 / 12.5
        // 2 × 1 / 3 = 0.666…: truncated to 0.66
        assertThat(judge("<=1 次", "3 次", "2").suggested()).isEqualTo(new BigDecimal("0.66"));
    }

    @Test
    void reverseLinearMiss() {
        ScoringSettings linear = S.withReverseFormula(ScoringSettings.ReverseFormula.LINEAR_TO_DOUBLE);
        // 10 × (2 − 12.5 / 10) = 7.5
        assertThat(judge("≤10%", "=12.5%", "10", linear).suggested()).isEqualByComparingTo("7.50");
        // 5 × (2 − 4 / 3) = 3.333…
        assertThat(judge("≤3 次", "4 次", "5", linear).suggested()).isEqualTo(new BigDecimal("3.33"));
        // twice the target or more: 0
        assertThat(judge("≤10%", "=20%", "10", linear).suggested()).isEqualByComparingTo("0");
        assertThat(judge("≤10%", "=25%", "10", linear).suggested()).isEqualByComparingTo("0");
    }

    @Test
    void exact() {
        var eq = judge("=100%", "100%", "5");
        assertThat(eq.met()).isTrue();
        assertThat(eq.suggested()).isEqualByComparingTo("5");
        // below: scored as positive, 6 × 90 / 95 = 5.684…
        var below = judge("=95%", "=90%", "6");
        assertThat(below.met()).isFalse();
        assertThat(below.suggested()).isEqualTo(new BigDecimal("5.68"));
        // above: scored as positive, so met; 75 is 150 % above 30
        var above = judge("=30 个", "=75 个", "10");
        assertThat(above.met()).isTrue();
        assertThat(above.overAchieved()).isTrue();
        // "=0 起" with 2 happened: no ratio against 0, scored as reverse → 0
        var zero = judge("=0 起", "=2 起", "2");
        assertThat(zero.met()).isFalse();
        assertThat(zero.suggested()).isEqualByComparingTo("0");
    }

    @Test
    void rangeTarget() {
        assertThat(judge("=2-3人", "=3 人", "4").met()).isTrue();
        assertThat(judge("=2-3人", "=4 人", "4").met()).isTrue();
        var low = judge("=2-3人", "=1 人", "10");
        assertThat(low.met()).isFalse();
        assertThat(low.suggested()).isEqualByComparingTo("5.00"); // 10 × 1 / 2
    }

    @Test
    void overAchievementThreshold() {
        assertThat(judge("≥50 个", "=65", "8").overAchieved()).isTrue();   // exactly 30 %
        assertThat(judge("≥50 个", "=64", "8").overAchieved()).isFalse();  // 28 %
        assertThat(judge("≤10 次", "=7 次", "8").overAchieved()).isTrue(); // 30 % below a reverse target
        assertThat(judge("≤10 次", "=8 次", "8").overAchieved()).isFalse();
        ScoringSettings half = S.withOverAchievementThreshold(new BigDecimal("0.50"));
        assertThat(judge("≥50 个", "=65", "8", half).overAchieved()).isFalse();
        assertThat(judge("≥50 个", "=75", "8", half).overAchieved()).isTrue();
    }

    @Test
    void qualitativeTiers() {
        var same = judge("及时", "及时", "6");
        assertThat(same.met()).isTrue();
        assertThat(same.suggested()).isEqualByComparingTo("6");
        assertRange(same, "4.80", "6.00"); // 80–100 % of 6
        var other = judge("及时", "延迟", "13");
        assertThat(other.met()).isNull();
        assertThat(other.suggested()).isNull();
        assertRange(other, "0", "13");
        var nothing = judge("及时", "无", "6");
        assertThat(nothing.met()).isFalse();
        assertThat(nothing.suggested()).isEqualByComparingTo("0");
        assertRange(nothing, "0", "3.60"); // 0–60 % of 6
    }

    @Test
    void tierBoundsAreASetting() {
        ScoringSettings strict = S.withTiers(ScoreRange.of("0.90", "1.00"), ScoreRange.of("0.70", "0.90"),
                ScoreRange.of("0", "0.70"));
        assertRange(judge("提升", "提升", "15", strict), "13.50", "15.00");
        assertRange(judge("提升", "无", "15", strict), "0", "10.50");
    }

    @Test
    void dates() {
        assertThat(judge("2022 年 6 月末", "2022 年 6 月末", "5").met()).isTrue();
        assertThat(judge("2022 年 6 月末", "2022年5月底", "5").met()).isTrue();
        var late = judge("2022 年 6 月末", "2022 年 8 月底", "5");
        assertThat(late.met()).isFalse();
        assertRange(late, "3.00", "4.00"); // 部分达成: 60–80 % of 5
        assertThat(late.suggested()).isEqualByComparingTo("3.00");
        assertThat(judge("2022 年 9 月底", "受疫情影响，该项目被核减", "2").met()).isNull();
        assertThat(judge("当年内完成", "当年内完成", "10").met()).isTrue();
    }

    @Test
    void unitsMustAgree() {
        assertThat(judge("≥90%", "=95 个", "5").met()).isNull();
        assertThat(judge("≥90%", "90", "10").met()).isTrue();
        assertThat(judge(">=8 万人次", "8万", "15").met()).isTrue();
    }

    @Test
    void actualWrittenAsABound() {
        assertThat(judge("≥1000 万", ">1000 万", "10").met()).isTrue();
        assertThat(judge("≥99%", "≥95%", "10").met()).isNull();
        assertThat(judge("≤10 次", "≥5 次", "10").met()).isNull();
        assertThat(judge(">5", "≥5", "10").met()).isNull();
    }

    @Test
    void nilActual() {
        var positive = judge(">=4 场", "无", "1");
        assertThat(positive.met()).isFalse();
        assertThat(positive.suggested()).isEqualByComparingTo("0");
        assertThat(judge("<=1 次", "无", "1").met()).isNull();
        assertThat(judge("<=1 次", "0", "1").met()).isTrue();
    }
}
