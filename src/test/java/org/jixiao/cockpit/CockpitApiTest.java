package org.jixiao.cockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.form.FormFixtures;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cockpit JSON over historical self-evaluations recorded through the import (awaiting publication): they count in their year. */
@IntegrationTest
class CockpitApiTest {

    private static final List<String> FIXTURES = List.of("000-01.json", "000-07.json", "000-12.json");

    @Autowired
    MockMvc mvc;

    @Test
    void importedSelfEvaluationsGiveTheDepartmentItsExecutionRateAndMeanScore() throws Exception {
        int year = TestWorld.freshYear();
        String department = "驾驶舱测试主管部门" + year;
        ArrayNode forms = FormFixtures.MAPPER.createArrayNode();
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;
        for (String name : FIXTURES) {
            ObjectNode form = FormFixtures.read(name);
            form.put("year", year).put("supervising_department", department)
                    .put("implementing_unit", department + "（本部）");
            forms.add(form);
            executed = executed.add(form.at("/funds/total/executed").decimalValue());
            budget = budget.add(form.at("/funds/total/adjusted").decimalValue());
            scores = scores.add(form.get("total_score").decimalValue());
        }
        mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(forms.toString()))
                .andExpect(status().isOk());

        JsonNode cockpit = FormFixtures.MAPPER.readTree(mvc.perform(get("/api/cockpit")
                        .param("year", String.valueOf(year)).with(httpBasic("finance", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(cockpit.get("year").asInt()).isEqualTo(year);
        JsonNode row = StreamSupport.stream(cockpit.get("rows").spliterator(), false)
                .filter(r -> department.equals(r.get("department").asText())).findFirst().orElseThrow();
        assertThat(row.at("/stages/WAITING_PUBLICATION/count").asInt()).isEqualTo(FIXTURES.size());
        assertThat(row.get("executionRatePct").decimalValue()).isEqualByComparingTo(
                executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP));
        assertThat(row.get("averageScore").decimalValue()).isEqualByComparingTo(
                scores.divide(BigDecimal.valueOf(FIXTURES.size()), 2, RoundingMode.HALF_UP));
    }
}
