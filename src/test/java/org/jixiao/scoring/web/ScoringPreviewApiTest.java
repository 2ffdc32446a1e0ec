package org.jixiao.scoring.web;

import org.jixiao.support.PublishedFixtures;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ScoringPreviewApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void previewsAFixtureSelfEvaluation() throws Exception {
        // 000-07: 1,366,453 executed of a 1,366,453 full-year budget; first indicator "≥30 个" against "=28 个" of 7 points.
        String form = Files.readString(PublishedFixtures.file("000-07.json"));
        mvc.perform(post("/api/scoring/preview").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetExecution.ratePct").value(100.00))
                .andExpect(jsonPath("$.budgetExecution.score").value(10))
                .andExpect(jsonPath("$.indicators", hasSize(12)))
                .andExpect(jsonPath("$.indicators[0].target.kind").value("QUANTITATIVE"))
                .andExpect(jsonPath("$.indicators[0].target.value").value(30))
                .andExpect(jsonPath("$.indicators[0].target.unit").value("个"))
                .andExpect(jsonPath("$.indicators[0].actual.value").value(28))
                .andExpect(jsonPath("$.indicators[0].met").value(false))
                // 7 × 28 / 30 = 6.533… truncated
                .andExpect(jsonPath("$.indicators[0].suggestedScore").value(6.53))
                .andExpect(jsonPath("$.indicators[0].maxScore").exists())
                .andExpect(jsonPath("$.indicators[6].target.kind").value("QUALITATIVE"))
                // the printed scores add up to the printed total 80.56, grade 良 (≥80)
                .andExpect(jsonPath("$.totalScore").value(80.56))
                .andExpect(jsonPath("$.grade").value("良"));
    }

    @Test
    void malformedValueIsRefusedWithItsFieldPath() throws Exception {
        String form = Files.readString(PublishedFixtures.file("000-07.json"))
                .replaceFirst("\"weight\": 7,", "\"weight\": \"seven\",");
        mvc.perform(post("/api/scoring/preview").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("indicators[0].weight"));
    }

    @Test
    void missingFundsAreRefusedWithTheirFieldPath() throws Exception {
        mvc.perform(post("/api/scoring/preview").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"form\":\"self_evaluation\",\"indicators\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("funds")));
    }

    @Test
    void previewNeedsALogin() throws Exception {
        mvc.perform(post("/api/scoring/preview").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }
}
