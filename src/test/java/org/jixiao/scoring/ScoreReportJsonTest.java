package org.jixiao.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview JSON shape the HTTP endpoint will return (camelCase, as Jackson writes the records). */
class ScoreReportJsonTest {

    @Test
    void serialisesToThePreviewShape() throws Exception {
        ScoreReport r = new SelfEvaluationScorer().score(Fixtures.selfEvaluation("000-07.json"), ScoringSettings.defaults());
        JsonNode j = Fixtures.JSON.readTree(Fixtures.JSON.writeValueAsString(r));
        assertThat(j.at("/budgetExecution/ratePct").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(j.at("/budgetExecution/score").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(j.at("/totalScore").decimalValue()).isEqualByComparingTo("80.56");
        assertThat(j.at("/grade").asText()).isEqualTo("良");
        assertThat(j.at("/problems").isArray()).isTrue();
        JsonNode first = j.at("/indicators/0");
        assertThat(first.at("/name").asText()).isEqualTo("当年度项目申报数");
        assertThat(first.at("/target/kind").asText()).isEqualTo("QUANTITATIVE");
        assertThat(first.at("/target/comparator").asText()).isEqualTo("GE");
        assertThat(first.at("/target/value").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.at("/target/unit").asText()).isEqualTo("个");
        assertThat(first.at("/actual/comparator").asText()).isEqualTo("EQ");
        assertThat(first.at("/met").asBoolean()).isFalse();
        assertThat(first.at("/suggestedScore").decimalValue()).isEqualByComparingTo("6.53");
        assertThat(first.at("/minScore").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.at("/maxScore").decimalValue()).isEqualByComparingTo("6.99");
        assertThat(first.at("/problems").isArray()).isTrue();
        assertThat(first.has("range")).isFalse();
        assertThat(first.has("effectiveScore")).isFalse();
        JsonNode qualitative = j.at("/indicators/6");
        assertThat(qualitative.at("/target/kind").asText()).isEqualTo("QUALITATIVE");
        assertThat(qualitative.at("/target/text").asText()).isEqualTo("及时");
        assertThat(qualitative.at("/target/comparator").isNull()).isTrue();
        assertThat(qualitative.at("/problems/0").asText()).startsWith("得分超出允许范围");
    }
}
