package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Historical import of every published fixture, read back unchanged; bad imports write nothing. */
@IntegrationTest
class FormImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProjectRepository projects;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void everyFixtureImportsAndReadsBackWithTheSameValues() throws Exception {
        List<String> names = FormFixtures.all();
        assertThat(names).hasSize(32);
        ArrayNode body = FormFixtures.MAPPER.createArrayNode();
        names.forEach(n -> body.add(FormFixtures.read(n)));

        JsonNode answer = FormFixtures.MAPPER.readTree(mvc.perform(post("/api/imports/forms")
                        .with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(answer.size()).isEqualTo(32);
        Set<String> projectAndKind = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            JsonNode fixture = body.get(i);
            JsonNode entry = answer.get(i);
            assertThat(entry.get("formId").asLong()).isPositive();
            long projectId = entry.get("projectId").asLong();
            assertThat(projectAndKind.add(projectId + fixture.get("form").asText()))
                    .as("each form keeps its own project: " + names.get(i)).isTrue();
            String path = switch (fixture.get("form").asText()) {
                case "target_declaration" -> "declaration";
                case "monitoring" -> "monitoring";
                default -> "self-evaluation";
            };
            JsonNode read = FormFixtures.MAPPER.readTree(mvc.perform(get("/api/projects/" + projectId + "/" + path)
                            .with(httpBasic("finance", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(FormFixtures.sameValues(read, fixture))
                    .as(names.get(i) + " reads back as imported:\n" + read + "\n" + fixture).isTrue();
            Project project = projects.findById(projectId).orElseThrow();
            assertThat(project.getFiscalYear()).isEqualTo(fixture.get("year").asInt());
        }
        Project historical = projects.findById(answer.get(names.indexOf("001-12.json")).get("projectId").asLong())
                .orElseThrow();
        assertThat(historical.getStage()).isEqualTo(Stage.WAITING_PUBLICATION);
        assertThat(historical.getProcessInstanceId()).isNull();
        assertThat(organisations.findByName(FormImport.PLACEHOLDER_DEPARTMENT)).get()
                .extracting(o -> o.getType()).isEqualTo(OrganisationType.DEPARTMENT);
        // An imported declaration is approved targets: version 1 of that project.
        long declarationProject = answer.get(names.indexOf("001-01.json")).get("projectId").asLong();
        mvc.perform(get("/api/projects/" + declarationProject + "/target-versions").with(httpBasic("finance", "demo")))
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[0].full_year_budget").value(278000));
    }

    @Test
    void oneBadFormRejectsTheWholeImportWithPaths() throws Exception {
        int year = TestWorld.freshYear();
        ObjectNode good = FormFixtures.read("001-02.json");
        good.put("year", year);
        good.put("implementing_unit", "导入测试单位" + year);
        ObjectNode bad = FormFixtures.read("000-03.json");
        bad.put("year", year);
        ((ObjectNode) bad.get("funds").get("total")).put("executed", -1);
        bad.put("project_name", "");
        long projectsBefore = projects.count();
        long organisationsBefore = organisations.count();

        ArrayNode body = FormFixtures.MAPPER.createArrayNode().add(good).add(bad);
        mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == '[1].funds.total.executed')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == '[1].project_name')]").exists());
        assertThat(projects.count()).isEqualTo(projectsBefore);
        assertThat(organisations.count()).isEqualTo(organisationsBefore);

        mvc.perform(post("/api/imports/forms").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("[" + good + "]"))
                .andExpect(status().isForbidden());
        assertThat(projects.count()).isEqualTo(projectsBefore);
    }
}
