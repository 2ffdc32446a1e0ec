package org.jixiao.excel.web;

import org.jixiao.demo.DemoData;
import org.jixiao.excel.TestWorkbooks;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year's project list over HTTP: a good list creates every project with its process and funds; every kind
 * of bad file is refused whole, naming sheet, row and column, and leaves every table as it was.
 */
@IntegrationTest
class ProjectListImportApiTest {

    private static final String DEPT = DemoData.SCIENCE_COMMITTEE;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectRepository projects;
    @Autowired
    JdbcTemplate jdbc;

    TestWorld world;
    int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void goodListCreatesTheProjectsStartsTheirProcessesAndKeepsTheFunds() throws Exception {
        byte[] list = TestWorkbooks.projectList(List.of(
                row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, 4460000.0),
                new Object[]{"科技馆运行", "一次性项目", DEPT, DemoData.INNOVATION_CENTRE, LocalDate.of(year, 3, 1),
                        LocalDate.of(year, 9, 30), 12.5, 10.0, 2.5, null, "万元", "是"}));

        upload(list, "finance")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].row").value(2))
                .andExpect(jsonPath("$[0].name").value("科普工作"))
                .andExpect(jsonPath("$[1].unit").value(DemoData.INNOVATION_CENTRE));

        List<Project> created = projects.findByFiscalYear(year);
        assertThat(created).extracting(Project::getName).containsExactlyInAnyOrder("科普工作", "科技馆运行");
        assertThat(created).allSatisfy(p -> {
            assertThat(p.getProcessInstanceId()).isNotNull();
            assertThat(p.getStage()).isEqualTo(Stage.DECLARATION);
            assertThat(p.getStep()).isEqualTo(Step.FILL);
        });
        Project museum = created.stream().filter(p -> p.getName().equals("科技馆运行")).findFirst().orElseThrow();
        assertThat(museum.isClassified()).isTrue();
        assertThat(museum.getPlannedEnd()).isEqualTo(LocalDate.of(year, 9, 30));
        world.task("unit2", museum.getId()); // the unit has its fill task

        mvc.perform(get("/api/projects/" + museum.getId() + "/declaration").with(httpBasic("unit2", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.money_unit").value("万元"))
                .andExpect(jsonPath("$.category").value("一次性项目"))
                .andExpect(jsonPath("$.funds.annual_request").value(12.5))
                .andExpect(jsonPath("$.funds.appropriation").value(10))
                .andExpect(jsonPath("$.funds.carryover").value(2.5))
                .andExpect(jsonPath("$.funds.other_annual").isEmpty());
    }

    @Test
    void onlyFinanceAdminsImport() throws Exception {
        Counts before = counts();
        upload(TestWorkbooks.projectList(List.<Object[]>of(row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, 1.0))), "dept")
                .andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void notAnXlsxIsRefused() throws Exception {
        refused(TestWorkbooks.csv(), "file", "不是 Excel 工作簿（.xlsx）文件");
        refused(TestWorkbooks.zipThatIsNotAWorkbook(), "file", "文件已损坏或不是有效的 .xlsx 工作簿");
    }

    @Test
    void passwordProtectedFileIsRefused() throws Exception {
        byte[] list = TestWorkbooks.projectList(List.<Object[]>of(row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, 1.0)));
        refused(TestWorkbooks.passwordProtected(list), "file", "文件设置了打开密码");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        refused(TestWorkbooks.zipBomb(TestWorkbooks.emptyProjectList()), "file", "压缩炸弹");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] list = TestWorkbooks.emptyProjectList();
        System.arraycopy(list, 0, big, 0, list.length);
        refused(big, "file", "文件超过大小上限（10 MB）");
    }

    @Test
    void wrongTemplateIsRefused() throws Exception {
        refused(TestWorkbooks.otherWorkbook(), "Sheet1", "工作表“Sheet1”：前10行中找不到表头“项目名称”，请使用系统提供的项目清单模板");
    }

    @Test
    void missingRequiredCellsAreNamed() throws Exception {
        Object[] noUnit = row("科普工作", null, 1.0);
        Object[] noTotal = row("科技馆运行", DemoData.SCIENCE_MUSEUM, null);
        refused(TestWorkbooks.projectList(List.of(noUnit, noTotal)),
                "项目清单!D2", "工作表“项目清单”第2行 D列（实施单位）：必填，不能为空",
                "项目清单!G3", "工作表“项目清单”第3行 G列（年度资金总额）：必填，不能为空");
    }

    @Test
    void textInAMoneyCellIsNamed() throws Exception {
        Object[] text = row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, null);
        text[7] = "四百万";
        refused(TestWorkbooks.projectList(List.<Object[]>of(row("科技馆运行", DemoData.SCIENCE_MUSEUM, 1.0), text)),
                "项目清单!H3", "工作表“项目清单”第3行 H列（当年财政拨款）：应为数字，实际为“四百万”",
                "项目清单!G3", "工作表“项目清单”第3行 G列（年度资金总额）：必填，不能为空");
    }

    @Test
    void duplicateNamesInTheFileAndInTheYearAreRefused() throws Exception {
        world.project(year, "已有项目", DemoData.SCIENCE_COMMITTEE_OWN);
        refused(TestWorkbooks.projectList(List.of(
                        row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, 1.0),
                        row("科普工作", DemoData.INNOVATION_CENTRE, 2.0),
                        row("已有项目", DemoData.SCIENCE_COMMITTEE_OWN, 3.0))),
                "项目清单!A3", "工作表“项目清单”第3行 A列（项目名称）：项目名称“科普工作”与第2行重复",
                "项目清单!A4", "工作表“项目清单”第4行 A列（项目名称）：本年度“" + DemoData.SCIENCE_COMMITTEE_OWN
                        + "”已有同名项目“已有项目”");
    }

    @Test
    void unknownDepartmentAndUnitAreRefused() throws Exception {
        Object[] unknownDept = row("科普工作", DemoData.SCIENCE_COMMITTEE_OWN, 1.0);
        unknownDept[2] = "区不存在局";
        Object[] foreignUnit = row("城市运行", DemoData.CITY_OPERATIONS + "（本部）", 1.0);
        refused(TestWorkbooks.projectList(List.of(unknownDept, foreignUnit)),
                "项目清单!C2", "工作表“项目清单”第2行 C列（主管部门）：系统中没有主管部门“区不存在局”",
                "项目清单!D3", "工作表“项目清单”第3行 D列（实施单位）：实施单位“" + DemoData.CITY_OPERATIONS
                        + "（本部）”不存在或不属于“" + DEPT + "”");
    }

    @Test
    void financeImportsOnThePageWithTheTemplateAtHand() throws Exception {
        var finance = world.user("finance");
        mvc.perform(get("/imports/project-list").with(user(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/imports/project-list/template.xlsx")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/imports/project-list").with(user(world.user("unit")))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/project-list/template.xlsx").with(user(finance)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''"
                        + ExcelHttp.rfc5987("项目清单模板.xlsx"))));

        Counts before = counts();
        mvc.perform(multipart("/imports/project-list").file(file(TestWorkbooks.csv())).param("year", String.valueOf(year))
                        .with(user(finance)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未导入任何项目")))
                .andExpect(content().string(containsString("不是 Excel 工作簿（.xlsx）文件")));
        assertThat(counts()).isEqualTo(before);

        mvc.perform(multipart("/imports/project-list")
                        .file(file(TestWorkbooks.projectList(List.<Object[]>of(row("页面导入", DemoData.SCIENCE_MUSEUM, 9.0)))))
                        .param("year", String.valueOf(year)).with(user(finance)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects?year=" + year));
        assertThat(projects.findByFiscalYear(year)).extracting(Project::getName).containsExactly("页面导入");
    }

    /** A list row of the template's twelve columns; {@code null} leaves a cell blank. */
    private Object[] row(String name, String unit, Double total) {
        return new Object[]{name, "经常性项目", DEPT, unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                total, null, null, null, null, null};
    }

    private ResultActions upload(byte[] bytes, String username) throws Exception {
        return mvc.perform(multipart("/api/imports/project-list").file(file(bytes))
                .param("year", String.valueOf(year)).with(httpBasic(username, "demo")));
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "项目清单.xlsx", ExcelHttp.XLSX, bytes);
    }

    /** Refused with exactly these (field, message) pairs, and no table changed. */
    private void refused(byte[] bytes, String... fieldsAndMessages) throws Exception {
        Counts before = counts();
        ResultActions result = upload(bytes, "finance").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.length()").value(fieldsAndMessages.length / 2));
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            result.andExpect(jsonPath("$.fieldErrors[*].field", hasItem(fieldsAndMessages[i])))
                    .andExpect(jsonPath("$.fieldErrors[*].message", hasItem(containsString(fieldsAndMessages[i + 1]))));
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(projects.findByFiscalYear(year)).extracting(Project::getName).doesNotContain("科普工作", "科技馆运行");
    }

    private Counts counts() {
        List<Long> n = new ArrayList<>();
        for (String table : Arrays.asList("project", "target_declaration", "project_history", "ACT_RU_EXECUTION")) {
            n.add(jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return new Counts(n);
    }

    record Counts(List<Long> rows) {
    }
}
