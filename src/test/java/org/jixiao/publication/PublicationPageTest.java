package org.jixiao.publication;

import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectHistoryEntry;
import org.jixiao.project.Project;
import org.jixiao.publication.PublicationService.PublishResult;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finance's 信息公开 page: publish a department's year at once with refusals shown, unpublish with a reason. */
@IntegrationTest
class PublicationPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectHistory history;

    @Test
    void financePublishesADepartmentsYearAndSeesWhatWasRefusedAndWhy() throws Exception {
        TestWorld world = TestWorld.of(context);
        int year = TestWorld.freshYear();
        Project approved = world.approvedSelfEvaluation(year, "页面公开项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Project classified = world.approvedSelfEvaluation(year, "页面保密项目", DemoData.INNOVATION_CENTRE);
        world.markClassified(classified.getId());
        Project declaring = world.project(year, "页面申报中项目", DemoData.SCIENCE_COMMITTEE_OWN);
        var finance = user(world.user("finance"));

        mvc.perform(get("/publication").with(user(world.user("dept")))).andExpect(status().isForbidden());
        String page = html(mvc.perform(get("/publication").param("year", String.valueOf(year))
                .param("department", DemoData.SCIENCE_COMMITTEE).with(finance)).andReturn());
        assertThat(page).contains("页面公开项目", "页面保密项目", "页面申报中项目", "涉密", "href=\"/publication\"");

        MvcResult published = mvc.perform(post("/publication/publish").with(finance).with(csrf())
                        .param("scope", "department").param("year", String.valueOf(year))
                        .param("department", DemoData.SCIENCE_COMMITTEE))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "已处理公开请求"))
                .andReturn();
        PublishResult result = (PublishResult) published.getFlashMap().get("result");
        assertThat(result.published()).extracting(PublishResult.Published::projectId).containsExactly(approved.getId());
        assertThat(result.refused()).extracting(PublishResult.Refused::projectId, PublishResult.Refused::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(classified.getId(), "涉密项目不予公开"),
                        org.assertj.core.groups.Tuple.tuple(declaring.getId(),
                                "绩效自评尚未审核通过（当前阶段：绩效目标申报）"));
        // the redirected page shows the answer, carried in the session as the browser would
        String shown = html(mvc.perform(get(URI.create(published.getResponse().getRedirectedUrl())).with(finance)
                .cookie(published.getResponse().getCookie("SESSION"))).andReturn());
        assertThat(shown).contains("已公开 1 个项目", "未公开 2 个项目", "页面保密项目：涉密项目不予公开",
                "撤销公开");
        mvc.perform(get("/public/self-evaluations/" + approved.getId())).andExpect(status().isOk());

        // nothing ticked: refused with a message, nothing published
        mvc.perform(post("/publication/publish").with(finance).with(csrf()).param("scope", "selected"))
                .andExpect(flash().attribute("error", "请指定项目，或指定年度和主管部门"));

        mvc.perform(post("/publication/unpublish").with(finance).with(csrf())
                        .param("projectId", String.valueOf(approved.getId())).param("reason", " "))
                .andExpect(flash().attribute("error", "撤销公开必须填写原因"));
        mvc.perform(get("/public/self-evaluations/" + approved.getId())).andExpect(status().isOk());
        mvc.perform(post("/publication/unpublish").with(finance).with(csrf())
                        .param("projectId", String.valueOf(approved.getId())).param("reason", "数据有误，待更正"))
                .andExpect(flash().attribute("message", "已撤销公开"));
        mvc.perform(get("/public/self-evaluations/" + approved.getId())).andExpect(status().isNotFound());
        List<ProjectHistoryEntry> entries = history.of(approved.getId());
        assertThat(entries).extracting(ProjectHistoryEntry::getAction)
                .containsSubsequence(HistoryAction.PUBLISHED, HistoryAction.UNPUBLISHED);
        assertThat(entries.get(entries.size() - 1).getComment()).isEqualTo("数据有误，待更正");

        // the selected project published again from the list
        mvc.perform(post("/publication/publish").with(finance).with(csrf()).param("scope", "selected")
                        .param("projectIds", String.valueOf(approved.getId())).param("year", String.valueOf(year)))
                .andExpect(flash().attributeExists("result"));
        mvc.perform(get("/public/self-evaluations/" + approved.getId())).andExpect(status().isOk());
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
