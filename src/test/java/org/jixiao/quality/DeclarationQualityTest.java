package org.jixiao.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.common.InvalidInputException;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check on submit (stored, shown, scoped; an error blocks), last year's actuals, and the check API. */
@IntegrationTest
class DeclarationQualityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DeclarationStore declarations;
    @Autowired
    ProjectWorkflow workflow;
    @Autowired
    ProjectRepository projects;
    @Autowired
    TargetVersions targetVersions;
    @Autowired
    ObjectMapper json;

    /** One year for the tests without last year's data (years are scarce); their projects have names of their own. */
    private static final int YEAR = TestWorld.freshYear();

    TestWorld world;
    int year = YEAR;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
    }

    @Test
    void submitStoresFindingsThatTheUnitAndItsReviewersSeeAndNoOtherUnit() throws Exception {
        Project project = world.project(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        declarations.saveDraft(project.getId(), Declarations.demoPlus(year,
                new TargetDeclarationForm.Indicator("产出指标", "时效指标", "资金拨付及时率", "及时", "及时"),
                new TargetDeclarationForm.Indicator("满意度指标", "服务对象满意度指标", "公众满意度", "满意", "满意")),
                null, world.user("unit"));
        world.act("unit", project.getId(), Decision.SUBMIT, null);

        for (String person : new String[]{"unit", "dept", "finance"}) {
            mvc.perform(get("/api/projects/" + project.getId() + "/quality-findings").with(httpBasic(person, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.findings.length()").value(2))
                    .andExpect(jsonPath("$.findings[0].code").value("TARGET_NOT_NUMERIC"))
                    .andExpect(jsonPath("$.findings[0].indicator").value("资金拨付及时率"))
                    .andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
                    .andExpect(jsonPath("$.findings[1].code").value("SATISFACTION_NOT_PERCENT"))
                    .andExpect(jsonPath("$.checked_at").isNotEmpty());
        }
        mvc.perform(get("/api/projects/" + project.getId() + "/quality-findings").with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());

        String deptTask = world.task("dept", project.getId()).taskId();
        mvc.perform(get("/tasks/" + deptTask).with(user(world.user("dept"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目标值未量化")))
                .andExpect(content().string(containsString("满意度指标“公众满意度”的目标值“满意”不是百分比")));
        mvc.perform(get("/projects/" + project.getId()).with(user(world.user("unit"))))
                .andExpect(content().string(containsString("资金拨付及时率")));
        mvc.perform(get("/projects/" + project.getId()).with(user(world.user("unit2"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void weightsThatDoNotAddUpBlockTheSubmitAndRightOnesReachTheTargets() {
        Project project = world.project(year, "课题与规划", DemoData.SCIENCE_COMMITTEE_OWN);
        int[] wrong = {20, 15, 15, 30, 5, 10};
        declarations.saveDraft(project.getId(), weighted(wrong), null, world.user("unit"));
        String task = world.task("unit", project.getId()).taskId();

        assertThatThrownBy(() -> workflow.complete(task, Decision.SUBMIT, null, world.user("unit")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).message())
                        .contains("合计 95").contains("应为 100"));
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FILL);
        assertThat(context.getBean(StoredFindingRepository.class).findByProjectIdOrderByPosition(project.getId()))
                .isEmpty();

        int[] right = {20, 15, 15, 30, 5, 5};
        long version = declarations.read(project.getId(), world.user("unit")).version();
        declarations.saveDraft(project.getId(), weighted(right), version, world.user("unit"));
        workflow.complete(task, Decision.SUBMIT, null, world.user("unit"));
        world.act("dept", project.getId(), Decision.APPROVE, null);
        world.act("finance", project.getId(), Decision.APPROVE, null);
        assertThat(targetVersions.latest(project.getId()).orElseThrow().getIndicators())
                .extracting(i -> i.weight().intValue()).containsExactly(20, 15, 15, 30, 5, 5);
    }

    @Test
    void targetsNotAboveLastYearsActualAreFlaggedOnSubmitAndThroughTheApiWithinScope() throws Exception {
        year = TestWorld.freshYear();
        String name = "功能型平台建设" + year;
        world.approvedSelfEvaluation(year - 1, name, DemoData.SCIENCE_COMMITTEE_OWN);
        Project project = world.project(year, name, DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("unit", project.getId(), Decision.SUBMIT, null);

        // Last year reached =90% and =80% satisfaction; the same targets again are too low. =100% is a limit.
        mvc.perform(get("/api/projects/" + project.getId() + "/quality-findings").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.findings[*].code", contains("TARGET_BELOW_LAST_YEAR", "TARGET_BELOW_LAST_YEAR")))
                .andExpect(jsonPath("$.findings[*].indicator", contains("申报单位满意度", "受益对象满意度")))
                .andExpect(jsonPath("$.findings[0].message").value(containsString("=90%")));

        ObjectNode form = (ObjectNode) json.valueToTree(DemoForms.declaration(year));
        form.put("project_name", name).put("implementing_unit", DemoData.SCIENCE_COMMITTEE_OWN);
        for (String person : new String[]{"unit", "dept", "finance"}) {
            check(person, form).andExpect(status().isOk())
                    .andExpect(jsonPath("$.findings[*].code", hasItem("TARGET_BELOW_LAST_YEAR")));
        }
        // Another unit may check the same form but learns nothing of this unit's last year.
        check("unit2", form).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(0));
    }

    @Test
    void checkApiAnswersFindingsWithStableCodesAndRefusesBadInput() throws Exception {
        ObjectNode form = (ObjectNode) json.valueToTree(Declarations.demoWith(year, List.of(
                new TargetDeclarationForm.Indicator("产出指标", "数量指标", "培训人次", null, "若干", new BigDecimal("60")),
                new TargetDeclarationForm.Indicator("产出指标", "数量指标", "培训人次", null, ">=100人次", new BigDecimal("20")))));
        check("unit", form).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].code", contains("LEVEL1_MISSING", "LEVEL1_MISSING",
                        "WEIGHT_SUM", "TARGET_NOT_NUMERIC", "DUPLICATE_INDICATOR")))
                .andExpect(jsonPath("$.findings[0].indicator").value("效益指标"))
                .andExpect(jsonPath("$.findings[2].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[2].indicator").doesNotExist())
                .andExpect(jsonPath("$.findings[4].indicator").value("培训人次"))
                .andExpect(jsonPath("$.checked_at").doesNotExist());

        ObjectNode wrongKind = form.deepCopy().put("form", "self_evaluation");
        check("unit", wrongKind).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("form"));
        ObjectNode badWeight = form.deepCopy();
        ((ObjectNode) badWeight.withArray("indicators").get(1)).put("weight", "二十");
        check("unit", badWeight).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("indicators[1].weight"));
        mvc.perform(post("/api/quality-check/declaration").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions check(String person, ObjectNode form) throws Exception {
        return mvc.perform(post("/api/quality-check/declaration").with(httpBasic(person, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)));
    }

    private TargetDeclarationForm weighted(int[] weights) {
        List<TargetDeclarationForm.Indicator> rows = new ArrayList<>();
        List<TargetDeclarationForm.Indicator> demo = DemoForms.declaration(year).indicators();
        for (int k = 0; k < demo.size(); k++) {
            TargetDeclarationForm.Indicator i = demo.get(k);
            rows.add(new TargetDeclarationForm.Indicator(i.level1(), i.level2(), i.name(), i.targetTotal(),
                    i.targetAnnual(), BigDecimal.valueOf(weights[k])));
        }
        return Declarations.demoWith(year, rows);
    }
}
