package org.jixiao.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.common.FieldProblem;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.monitoring.MonitoringStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the three forms, without Spring: each problem with its exchange-format path. */
class FormRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private final DeclarationStore declarations = new DeclarationStore(null, null, null, null);
    private final MonitoringStore monitorings = new MonitoringStore(null, null, null, null);
    private final SelfEvaluationStore evaluations = new SelfEvaluationStore(null, null, null, null, null);

    @Test
    void publishedDeclarationIsComplete() throws Exception {
        assertThat(declarations.problems(declaration(FormFixtures.read("001-04.json")), "", true)).isEmpty();
    }

    @Test
    void declarationProblemsCarryTheirPaths() throws Exception {
        ObjectNode json = FormFixtures.read("001-04.json");
        ((ObjectNode) json.get("funds")).put("annual_request", 100).put("carryover", -3);
        ((ObjectNode) json.get("indicators").get(0)).put("level2", "社会效益指标");
        ((ObjectNode) json.get("indicators").get(1)).put("name", "x".repeat(201));
        ((ObjectNode) json.get("indicators").get(2)).put("level1", "其他指标");
        for (int i = 6; i >= 4; i--) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("indicators")).remove(i);
        }
        List<FieldProblem> problems = declarations.problems(declaration(json), "", true);
        assertThat(problems).extracting(FieldProblem::field).contains("funds.carryover", "funds.annual_request",
                "indicators[0].level2", "indicators[1].name", "indicators[2].level1", "indicators");
        assertThat(problems).extracting(FieldProblem::message).contains("金额不能为负数", "缺少满意度指标",
                "“社会效益指标”不属于一级指标“产出指标”");
        // A draft may be incomplete but never malformed.
        List<FieldProblem> draft = declarations.problems(declaration(json), "", false);
        assertThat(draft).extracting(FieldProblem::field).contains("funds.carryover", "indicators[0].level2")
                .doesNotContain("funds.annual_request", "indicators");
    }

    @Test
    void fundsRowsMustAddUpInTheSelfEvaluation() throws Exception {
        ObjectNode json = FormFixtures.read("000-07.json");
        SelfEvaluationForm fine = MAPPER.treeToValue(json, SelfEvaluationForm.class);
        assertThat(evaluations.problems(fine, "", true)).extracting(FieldProblem::field)
                .doesNotContain("funds.total.executed", "funds.total.adjusted");
        ((ObjectNode) json.get("funds").get("appropriation")).put("executed", 1);
        ((ObjectNode) json.get("indicators").get(0)).put("weight", 8);
        List<FieldProblem> problems = evaluations.problems(MAPPER.treeToValue(json, SelfEvaluationForm.class), "", true);
        assertThat(problems).extracting(FieldProblem::field).contains("funds.total.executed", "indicators");
        assertThat(problems).extracting(FieldProblem::message)
                .anyMatch(m -> m.startsWith("年度资金总额应等于当年财政拨款、上年结转资金与其他资金之和"))
                .anyMatch(m -> m.startsWith("指标分值与预算执行分值合计应为 100"));
    }

    @Test
    void monitoringNeedsCausesForLightsAndReasonsForAdjustments() {
        List<MonitoringForm.Indicator> indicators = List.of(
                new MonitoringForm.Indicator("产出指标", "数量指标", "项目数", "≥30个", "10个", "28个",
                        MonitoringForm.TrafficLight.YELLOW, null, null),
                new MonitoringForm.Indicator("效益指标", "社会效益指标", "覆盖面", "提升", "提升", "提升",
                        MonitoringForm.TrafficLight.GREEN, null, null),
                new MonitoringForm.Indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "92%",
                        MonitoringForm.TrafficLight.GREEN, null, null));
        MonitoringForm.Adjustment adjustment = new MonitoringForm.Adjustment(new BigDecimal("100"), null,
                List.of(new MonitoringForm.TargetChange("产出指标", "数量指标", "项目数", "≥28个", null, "")));
        MonitoringForm form = new MonitoringForm(null, null, "monitoring", 2030, "p", "d", "u", "元",
                LocalDate.of(2030, 6, 30), new BigDecimal("200"), new BigDecimal("90"), "推进中", indicators,
                adjustment, null);
        assertThat(monitorings.problems(form, "", true)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "indicators[0].deviation_cause", "indicators[0].corrective_measure", "adjustment.budget_reason",
                "adjustment.target_changes[0].reason");
    }

    private static TargetDeclarationForm declaration(ObjectNode json) throws Exception {
        return MAPPER.treeToValue(json, TargetDeclarationForm.class);
    }
}
