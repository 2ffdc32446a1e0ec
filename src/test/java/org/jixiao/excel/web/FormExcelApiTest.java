package org.jixiao.excel.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.excel.FormExcel;
import org.jixiao.excel.TestWorkbooks;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.project.Project;
import org.jixiao.security.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One project's forms as workbooks: download within scope, upload of a filled form into its fill task. */
@IntegrationTest
class FormExcelApiTest {

    private static final String NAME = "科普 工作/2040";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    FormExcel excel;
    @Autowired
    JdbcTemplate jdbc;

    TestWorld world;
    int year;
    Project project;
    String taskId;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
        project = world.project(year, NAME, DemoData.SCIENCE_COMMITTEE_OWN);
        taskId = world.task("unit", project.getId()).taskId();
    }

    @Test
    void formDownloadHasTheTypeAndTheProjectsNameAndIsScoped() throws Exception {
        MvcResult result = mvc.perform(get(exportPath("declaration")).with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(ExcelHttp.XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"declaration-"
                        + project.getId() + ".xlsx\"; filename*=UTF-8''"
                        + "%E7%A7%91%E6%99%AE%20%E5%B7%A5%E4%BD%9C_2040-%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87"
                        + "%E7%94%B3%E6%8A%A5%E8%A1%A8.xlsx"))
                .andReturn();
        TargetDeclarationForm back = excel.importTargetDeclaration(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(back.projectName()).isEqualTo(NAME);
        assertThat(back.implementingUnit()).isEqualTo(DemoData.SCIENCE_COMMITTEE_OWN);
        assertThat(back.year()).isEqualTo(year);

        for (String form : new String[]{"declaration", "monitoring", "self-evaluation"}) {
            for (String allowed : new String[]{"unit", "dept", "finance"}) {
                mvc.perform(get(exportPath(form)).with(httpBasic(allowed, "demo"))).andExpect(status().isOk());
            }
            mvc.perform(get(exportPath(form)).with(httpBasic("unit2", "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("项目不存在或无权查看"));
        }
        // the pages' links: the same download with the session login
        mvc.perform(get("/projects/" + project.getId() + "/self-evaluation/export.xlsx").with(user(world.user("unit"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename=\"self-evaluation-")));
        mvc.perform(get("/projects/" + project.getId() + "/declaration/export.xlsx").with(user(world.user("unit2"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void filledDeclarationUploadedIntoItsTaskBecomesTheDraft() throws Exception {
        upload(declaration(DemoForms.declaration(year)), null, "unit")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.projectId").value(project.getId()))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/projects/" + project.getId() + "/declaration").with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.project_name").value(NAME))
                .andExpect(jsonPath("$.goal_annual").value(DemoForms.declaration(year).goalAnnual()))
                .andExpect(jsonPath("$.funds.annual_request").value(23780000))
                .andExpect(jsonPath("$.indicators.length()").value(6))
                .andExpect(jsonPath("$.indicators[4].target_annual").value("=90%"));

        // the version read is checked like a PUT's
        upload(declaration(DemoForms.declaration(year)), 0L, "unit").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        upload(declaration(DemoForms.declaration(year)), 0L, "unit").andExpect(status().isConflict());
    }

    @Test
    void wrongKindForeignTaskAndBadContentAreRefusedAndChangeNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from target_declaration", Long.class);

        upload(excel.export(DemoForms.selfEvaluation(year)), null, "unit")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("file"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("上传的是绩效自评表，本任务需要填写绩效目标申报表"));
        upload(declaration(DemoForms.declaration(year)), null, "unit2").andExpect(status().isNotFound());
        upload(declaration(DemoForms.declaration(year)), null, "dept").andExpect(status().isNotFound());

        TargetDeclarationForm d = DemoForms.declaration(year);
        TargetDeclarationForm otherProject = new TargetDeclarationForm(null, null, d.form(), year, "别的项目", d.category(),
                null, null, d.plannedStart(), d.plannedEnd(), d.moneyUnit(), d.funds(), d.goalTotal(), d.goalAnnual(),
                d.indicators(), null);
        upload(excel.export(otherProject), null, "unit").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("project_name"));

        TargetDeclarationForm.Funds f = d.funds();
        TargetDeclarationForm negative = new TargetDeclarationForm(null, null, d.form(), year, null, d.category(),
                null, null, d.plannedStart(), d.plannedEnd(), d.moneyUnit(), new TargetDeclarationForm.Funds(
                f.projectTotal(), new BigDecimal("-1"), f.fiscal(), f.appropriation(), f.carryover(), f.otherTotal(),
                f.otherAnnual()), d.goalTotal(), d.goalAnnual(), d.indicators(), null);
        upload(excel.export(negative), null, "unit").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("funds.annual_request"));

        upload(TestWorkbooks.csv(), null, "unit").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].message").value("不是 Excel 工作簿（.xlsx）文件"));

        assertThat(jdbc.queryForObject("select count(*) from target_declaration", Long.class)).isEqualTo(before);
    }

    @Test
    void badFormFilesAreRefusedWholeNamingSheetRowAndColumn() throws Exception {
        long before = jdbc.queryForObject("select count(*) from target_declaration", Long.class);
        byte[] good = declaration(DemoForms.declaration(year));

        refused(TestWorkbooks.passwordProtected(good), "file", "文件设置了打开密码");
        refused(TestWorkbooks.zipBomb(good), "file", "压缩炸弹");
        refused(TestWorkbooks.otherWorkbook(), "Sheet1", "不是绩效自评表、绩效目标填报表或绩效运行监控表（找不到表名）");
        refused(edited(good, "年度资金申请总额", 1, "四百万"), "绩效目标填报表!F6",
                "工作表“绩效目标填报表”第6行 F列（年度资金申请总额）：应为数字，实际为“四百万”");
        refused(edited(good, "项目名称", 0, "名称"), "绩效目标填报表",
                "工作表“绩效目标填报表”：找不到“项目名称”，不是本系统的模板或模板已被改动");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(good, 0, big, 0, good.length);
        refused(big, "file", "文件超过大小上限（10 MB）");

        assertThat(jdbc.queryForObject("select count(*) from target_declaration", Long.class)).isEqualTo(before);
    }

    @Test
    void taskPageOffersDownloadAndUpload() throws Exception {
        CurrentUser unit = world.user("unit");
        mvc.perform(get("/tasks/" + taskId).with(user(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/projects/" + project.getId() + "/declaration/export.xlsx")))
                .andExpect(content().string(containsString("/tasks/" + taskId + "/form.xlsx")));
        mvc.perform(get("/projects/" + project.getId()).with(user(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/projects/" + project.getId() + "/declaration/export.xlsx")));

        mvc.perform(multipart("/tasks/" + taskId + "/form.xlsx").file(file(declaration(DemoForms.declaration(year))))
                        .with(user(unit)).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("message", "已从 Excel 文件填入表单草稿，请核对后提交"));
        mvc.perform(multipart("/tasks/" + taskId + "/form.xlsx").file(file(excel.export(DemoForms.monitoring(year))))
                        .with(user(unit)).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("error", "上传的是绩效运行监控表，本任务需要填写绩效目标申报表"));
    }

    private void refused(byte[] file, String field, String message) throws Exception {
        upload(file, null, "unit").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(containsString(message)));
    }

    /** The workbook with the cell {@code offset} columns right of the first cell reading {@code label} replaced by text. */
    private static byte[] edited(byte[] workbook, String label, int offset, String text) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                        row.getCell(cell.getColumnIndex() + offset).setCellValue(text);
                        wb.write(out);
                        return out.toByteArray();
                    }
                }
            }
            throw new AssertionError("no cell " + label);
        }
    }

    private String exportPath(String form) {
        return "/api/projects/" + project.getId() + "/" + form + "/export.xlsx";
    }

    /** The declaration as the unit would fill it in Excel: the project's own name on it. */
    private byte[] declaration(TargetDeclarationForm d) {
        return excel.export(new TargetDeclarationForm(null, null, d.form(), year, NAME, d.category(),
                DemoData.SCIENCE_COMMITTEE, DemoData.SCIENCE_COMMITTEE_OWN, d.plannedStart(), d.plannedEnd(),
                d.moneyUnit(), d.funds(), d.goalTotal(), d.goalAnnual(), d.indicators(), null));
    }

    private ResultActions upload(byte[] bytes, Long version, String username) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/tasks/" + taskId + "/form.xlsx").file(file(bytes));
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return mvc.perform(request.with(httpBasic(username, "demo")));
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "表.xlsx", ExcelHttp.XLSX, bytes);
    }
}
