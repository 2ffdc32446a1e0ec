package org.jixiao.publication;

import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finance publishes approved self-evaluations; classified and unfinished projects are refused with a reason. */
@IntegrationTest
class PublicationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;

    TestWorld world;
    int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void publishesApprovedProjectsAndRefusesTheOthersWithReasons() throws Exception {
        Project approved = world.approvedSelfEvaluation(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        Project classified = world.approvedSelfEvaluation(year, "涉密项目", DemoData.INNOVATION_CENTRE);
        world.markClassified(classified.getId());
        Project unfinished = world.project(year, "尚在申报", DemoData.SCIENCE_COMMITTEE_OWN);

        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"department\":\"" + DemoData.SCIENCE_COMMITTEE + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published.length()").value(1))
                .andExpect(jsonPath("$.published[0].projectId").value(approved.getId()))
                .andExpect(jsonPath("$.refused.length()").value(2))
                .andExpect(jsonPath("$.refused[?(@.projectId == " + classified.getId() + ")].reason").value("涉密项目不予公开"))
                .andExpect(jsonPath("$.refused[?(@.projectId == " + unfinished.getId() + ")].reason")
                        .value("绩效自评尚未审核通过（当前阶段：绩效目标申报）"));

        assertThat(projects.findById(approved.getId()).orElseThrow().getStage()).isEqualTo(Stage.PUBLISHED);
        assertThat(projects.findById(classified.getId()).orElseThrow().getStage()).isEqualTo(Stage.WAITING_PUBLICATION);
        assertThat(history.of(approved.getId())).extracting(e -> e.getAction()).contains(HistoryAction.PUBLISHED);

        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"projectIds\":[" + approved.getId() + "]}"))
                .andExpect(jsonPath("$.refused[0].reason").value("已公开"));
    }

    @Test
    void onlyFinanceAdminsPublishAndUnpublishingNeedsAReason() throws Exception {
        Project approved = world.approvedSelfEvaluation(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        String body = "{\"projectIds\":[" + approved.getId() + "]}";
        mvc.perform(post("/api/publication/publish").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(projects.findById(approved.getId()).orElseThrow().getStage()).isEqualTo(Stage.WAITING_PUBLICATION);

        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.published.length()").value(1));
        mvc.perform(post("/api/publication/unpublish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":" + approved.getId() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("reason"));
        mvc.perform(post("/api/publication/unpublish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":" + approved.getId() + ",\"reason\":\"数据有误，更正后重新公开\"}"))
                .andExpect(status().isNoContent());
        assertThat(history.of(approved.getId()).get(history.of(approved.getId()).size() - 1).getComment())
                .isEqualTo("数据有误，更正后重新公开");
        mvc.perform(get("/public/api/self-evaluations/" + approved.getId()))
                .andExpect(status().isNotFound());

        // published again after the correction
        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.published.length()").value(1));
    }
}
