package org.jixiao.excel.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.excel.FormExcel;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Project;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department's self-evaluations in one workbook and the finance summary, each limited to what the caller's
 * organisation may see; both offered on the cockpit and the project list.
 */
@IntegrationTest
class BatchExportApiTest {

    private static final String CITY_UNIT = DemoData.CITY_OPERATIONS + "（本部）";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SelfEvaluationStore selfEvaluations;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    FormExcel excel;

    TestWorld world;
    int year;
    long science;
    long city;

    /** 科普工作 (本部, 元), 创新券 (科创中心, 万元), 城市运行 (城运中心): evaluated; 科技馆运行: not yet. */
    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
        science = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow().getId();
        city = organisations.findByName(DemoData.CITY_OPERATIONS).orElseThrow().getId();
        evaluated("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, "元", BigDecimal.ONE);
        evaluated("创新券", DemoData.INNOVATION_CENTRE, "万元", new BigDecimal("0.0001"));
        evaluated("城市运行", CITY_UNIT, "元", BigDecimal.ONE);
        world.project(year, "科技馆运行", DemoData.SCIENCE_MUSEUM);
    }

    @Test
    void departmentsSelfEvaluationsInOneWorkbookWithinScope() throws Exception {
        assertThat(sheetNames(selfEvaluations("finance").param("department", String.valueOf(science))))
                .containsExactlyInAnyOrder("创新券", "科普工作");
        assertThat(sheetNames(selfEvaluations("dept"))).containsExactlyInAnyOrder("创新券", "科普工作");
        assertThat(sheetNames(selfEvaluations("unit"))).containsExactly("科普工作");
        assertThat(sheetNames(selfEvaluations("finance").param("department", String.valueOf(city))))
                .containsExactly("城市运行");

        mvc.perform(selfEvaluations("dept").param("department", String.valueOf(city))).andExpect(status().isNotFound());
        mvc.perform(selfEvaluations("unit").param("department", String.valueOf(city))).andExpect(status().isNotFound());
        mvc.perform(selfEvaluations("finance")).andExpect(status().isBadRequest());

        byte[] workbook = mvc.perform(selfEvaluations("dept")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(ExcelHttp.rfc5987(
                        year + "年度" + DemoData.SCIENCE_COMMITTEE + "绩效自评表.xlsx"))))
                .andReturn().getResponse().getContentAsByteArray();
        List<ExchangeForm> back = excel.importAll(new ByteArrayInputStream(workbook));
        assertThat(back).extracting(ExchangeForm::projectName, ExchangeForm::moneyUnit)
                .containsExactlyInAnyOrder(tuple("创新券", "万元"), tuple("科普工作", "元"));
    }

    @Test
    void summaryHasOneRowPerVisibleProjectInYuanWithTotals() throws Exception {
        List<List<String>> rows = summary("finance", "");
        assertThat(rows.get(0)).startsWith("主管部门", "实施单位", "项目名称", "年度", "年初预算数（元）");
        assertThat(projectNames(rows)).containsExactlyInAnyOrder("城市运行", "创新券", "科普工作", "科技馆运行");
        assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("合计");
        List<String> voucher = rows.stream().filter(r -> r.get(2).equals("创新券")).findFirst().orElseThrow();
        // 2378 万元 in the form, 23,780,000 元 in the summary
        assertThat(voucher.subList(4, 7)).containsExactly("23780000", "23780000", "23780000");
        assertThat(voucher.get(9)).isEqualTo("优");
        assertThat(voucher.get(11)).isEqualTo("否");
        List<String> museum = rows.stream().filter(r -> r.get(2).equals("科技馆运行")).findFirst().orElseThrow();
        assertThat(museum.get(10)).isEqualTo("绩效目标申报 · 单位填报");
        assertThat(museum.get(4)).isEmpty();

        assertThat(projectNames(summary("dept", ""))).containsExactlyInAnyOrder("创新券", "科普工作", "科技馆运行");
        assertThat(projectNames(summary("unit2", ""))).containsExactly("创新券");
        assertThat(projectNames(summary("finance", "&department=" + city))).containsExactly("城市运行");
        mvc.perform(get("/api/exports/summary.xlsx?year=" + year + "&department=" + city).with(httpBasic("dept", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void cockpitAndProjectListOfferTheDownloads() throws Exception {
        mvc.perform(get("/cockpit").param("year", String.valueOf(year)).with(user(world.user("finance"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/exports/summary.xlsx?year=" + year)))
                .andExpect(content().string(containsString("action=\"/exports/self-evaluations.xlsx\"")));
        mvc.perform(get("/projects").param("year", String.valueOf(year)).with(user(world.user("finance"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/exports/summary.xlsx?year=" + year)))
                .andExpect(content().string(containsString("/imports/project-list")));
        mvc.perform(get("/projects").param("year", String.valueOf(year)).with(user(world.user("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/exports/summary.xlsx?year=" + year)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/imports/project-list"))));
        mvc.perform(get("/exports/summary.xlsx").param("year", String.valueOf(year)).with(user(world.user("dept"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(ExcelHttp.XLSX));
    }

    private void evaluated(String name, String unit, String moneyUnit, BigDecimal factor) {
        Project project = world.project(year, name, unit);
        SelfEvaluationForm f = DemoForms.selfEvaluation(year);
        SelfEvaluationForm.FundsRow whole = scaled(f.funds().total(), factor);
        SelfEvaluationForm.FundsRow none = f.funds().carryover();
        selfEvaluations.storeHistorical(project.getId(), new SelfEvaluationForm(null, null, f.form(), year, name, null,
                unit, moneyUnit, new SelfEvaluationForm.Funds(whole, whole, none, none), f.budgetExecution(),
                f.goalExpected(), f.goalActual(), f.indicators(), f.totalWeight(), new BigDecimal("95"), "优", null));
    }

    private static SelfEvaluationForm.FundsRow scaled(SelfEvaluationForm.FundsRow row, BigDecimal factor) {
        return new SelfEvaluationForm.FundsRow(row.initial().multiply(factor), row.adjusted().multiply(factor),
                row.executed().multiply(factor));
    }

    private MockHttpServletRequestBuilder selfEvaluations(String username) {
        return get("/api/exports/self-evaluations.xlsx").param("year", String.valueOf(year))
                .with(httpBasic(username, "demo"));
    }

    private List<String> sheetNames(MockHttpServletRequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            return names.equals(List.of("无数据")) ? List.of() : names;
        }
    }

    /** The project names of the summary's data rows (between the header and the totals row). */
    private static List<String> projectNames(List<List<String>> rows) {
        return rows.subList(1, rows.size() - 1).stream().map(r -> r.get(2)).toList();
    }

    /** The summary's cells as text (numbers without grouping), one list per row. */
    private List<List<String>> summary(String username, String query) throws Exception {
        byte[] bytes = mvc.perform(get("/api/exports/summary.xlsx?year=" + year + query).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return cells(bytes);
    }

    private static List<List<String>> cells(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 12; c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                        case STRING -> cell.getStringCellValue();
                        default -> "";
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
