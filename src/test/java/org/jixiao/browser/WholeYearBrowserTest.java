package org.jixiao.browser;

import org.jixiao.demo.DemoData;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.excel.TestWorkbooks;
import org.jixiao.support.Browser;
import org.jixiao.support.EnabledIfBrowser;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One project through the whole year in a real browser, as the demo users do it: only typing into the pages
 * and clicking, answering every confirm dialog. Each step leaves a screenshot in {@code target/screenshots/}
 * (the user guide's pictures come from there); every page visited must fit a 1366×768 screen and speak Chinese.
 * <p>
 * Its own context (a real port), on a private H2 database with the demo world; the job executor is off, so
 * the scoring job runs when the test says, as the server would run it right after the submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:jixiao-browser-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false"
})
@ActiveProfiles("demo")
@EnabledIfBrowser
class WholeYearBrowserTest {

    private static final String PROJECT = "全民科学素质提升行动";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void oneProjectThroughTheYear() throws IOException {
        browser = new Browser("http://localhost:" + port, Path.of("target", "screenshots"));
        TestWorld world = TestWorld.of(context);
        int year = TestWorld.freshYear();
        try {
            walk(world, year);
        } catch (RuntimeException | AssertionError e) {
            shot("failed-here", true);
            throw e;
        }
    }

    private void walk(TestWorld world, int year) throws IOException {
        long projectId = importProjectList(year);

        declaration();
        departmentReturns();
        unitFixesAndResubmits();
        departmentAndFinanceApprove("绩效目标申报");

        openStage(year, "绩效运行监控");
        cockpitShowsProject(year, "绩效运行监控");
        urgeReachesUnit(year, "绩效运行监控");
        monitoringWithAdjustment();
        departmentAndFinanceApprove("绩效运行监控");

        openStage(year, "绩效自评");
        selfEvaluation();
        world.runScoringJob(projectId);
        unitSeesScoringProblems();
        world.runScoringJob(projectId);
        departmentAndFinanceApprove("绩效自评");

        publish(year);
        publicPageAndDownload(year);
    }

    /** Finance downloads the project-list template, fills it in (as in Excel) and uploads it. */
    private long importProjectList(int year) throws IOException {
        browser.login("finance");
        browser.clickLink("项目");
        browser.clickLink("导入项目清单（Excel）");
        browser.click(browser.find(By.id("template-link")));
        byte[] template = Files.readAllBytes(browser.downloaded());
        Path filled = Files.createTempFile("project-list", ".xlsx");
        Files.write(filled, TestWorkbooks.fill(template, List.<Object[]>of(new Object[]{PROJECT, "经常性项目",
                DemoData.SCIENCE_COMMITTEE, DemoData.SCIENCE_COMMITTEE_OWN, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), 100.0, 100.0})));
        browser.type(By.id("year"), String.valueOf(year));
        browser.find(By.id("file")).sendKeys(filled.toAbsolutePath().toString());
        shot("finance-imports-project-list");
        browser.assertChineseLabels();
        browser.clickButton("上传并导入");
        assertThat(browser.pageText()).contains("已导入 1 个项目");
        shot("project-list-imported");
        browser.assertFitsScreen();
        browser.clickLink(PROJECT);
        return Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
    }

    /** Finance publishes the reviewed self-evaluation from the publication page. */
    private void publish(int year) {
        browser.login("finance");
        browser.clickLink("信息公开");
        browser.type(By.id("year"), String.valueOf(year));
        browser.choose(browser.find(By.id("department")), DemoData.SCIENCE_COMMITTEE);
        browser.clickButton("查询");
        browser.click(browser.find(By.cssSelector("input[aria-label='选择" + PROJECT + "']")));
        shot("finance-publishes", true);
        browser.assertFitsScreen();
        browser.assertChineseLabels();
        assertThat(browser.clickAndConfirm("公开所选项目")).contains("确定公开");
        assertThat(browser.text("#publish-result")).contains("已公开 1 个项目").contains(PROJECT);
    }

    /** Anyone finds the form on the public portal and downloads its workbook. */
    private void publicPageAndDownload(int year) throws IOException {
        browser.clickButton("退出");
        browser.open("/public/self-evaluations");
        browser.choose(browser.find(By.id("year")), year + " 年度");
        browser.clickButton("查询");
        shot("public-list");
        browser.clickLink(PROJECT);
        assertThat(browser.pageText()).contains("财政项目支出绩效自评表").contains("全年完成培训28场");
        shot("public-self-evaluation", true);
        browser.assertFitsScreen();
        browser.click(browser.find(By.linkText("下载 Excel")));
        Path download = browser.downloaded();
        assertThat(download.getFileName().toString()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download))) {
            assertThat(sheetText(workbook)).contains(PROJECT).contains("全年完成培训28场");
        }
    }

    private static String sheetText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append(' ')));
        return text.toString();
    }

    /** The unit fills the declaration; a first submit without the annual goal shows the message next to it. */
    private void declaration() {
        browser.login("unit");
        shot("unit-tasks");
        openTask("绩效目标申报");
        browser.type("funds.project_total", "300");
        browser.type("funds.annual_request", "100");
        browser.type("funds.fiscal", "100");
        browser.type("funds.appropriation", "100");
        browser.type("goal_total", "三年内提升全区公民科学素质，建成科普基地网络。");
        List<WebElement> rows = rows("declaration-rows");
        assertThat(rows).as("one prefilled row per level-1 indicator").hasSize(3);
        indicator(rows.get(0), "培训场次", "≥60场", "≥20场");
        browser.choose(rows.get(1).findElement(By.cssSelector("select[data-role='level2']")), "社会效益指标");
        indicator(rows.get(1), "受益人数", "≥3000人", "≥1000人");
        indicator(rows.get(2), "参训人员满意度", "≥90%", "≥90%");
        browser.click(browser.button("添加指标"));
        WebElement added = browser.focused();
        assertThat(added.getAttribute("data-role")).as("focus in the new row").isEqualTo("level2");
        browser.choose(added, "时效指标");
        indicator(added.findElement(By.xpath("ancestor::tr")), "培训完成时间", "每年12月底前", "12月底前");
        shot("declaration-filled", true);

        assertThat(browser.clickAndConfirm("提交")).contains("确定提交");
        assertThat(browser.text("#form-errors")).contains("年度总目标");
        assertThat(browser.messageNextTo("goal_annual")).contains("年度总目标");
        assertThat(rows("declaration-rows")).as("the refused form keeps every row typed").hasSize(4);
        shot("declaration-error-next-to-field");
        browser.type("goal_annual", "开展科普培训20场，受益1000人以上。");
        browser.clickAndConfirm("提交");
        assertThat(browser.pageText()).contains("已提交");
        browser.assertFitsScreen();
    }

    private void departmentReturns() {
        browser.login("dept");
        openTask("绩效目标申报");
        browser.clickButton("签收任务");
        assertThat(browser.pageText()).contains("已签收");
        browser.type("comment", "培训场次偏少，请提高到每年30场。");
        shot("dept-review");
        assertThat(browser.clickAndConfirm("退回")).contains("退回");
        assertThat(browser.pageText()).contains("已退回");
    }

    private void unitFixesAndResubmits() {
        browser.login("unit");
        assertThat(taskRow("绩效目标申报").getText()).contains("已退回");
        openTask("绩效目标申报");
        assertThat(browser.text("#return-reason")).contains("培训场次偏少，请提高到每年30场");
        shot("unit-sees-return-reason");
        assertThat(rows("declaration-rows")).as("rows saved").hasSize(4);
        WebElement first = rows("declaration-rows").stream()
                .filter(r -> r.findElement(By.cssSelector("[name$='.name']")).getAttribute("value").equals("培训场次"))
                .findFirst().orElseThrow();
        browser.type(first.findElement(By.cssSelector("[name$='.target_annual']")), "≥30场");
        browser.type("comment", "已按意见提高培训场次。");
        browser.clickAndConfirm("提交");
        assertThat(browser.pageText()).contains("已提交");
    }

    private void departmentAndFinanceApprove(String stage) {
        for (String reviewer : List.of("dept", "finance")) {
            if (reviewer.equals("finance") && stage.equals("绩效运行监控") && !hasTask("finance", stage)) {
                return;
            }
            browser.login(reviewer);
            openTask(stage);
            browser.clickButton("签收任务");
            browser.type("comment", "同意。");
            shot(reviewer + "-approves-" + stageSlug(stage));
            assertThat(browser.clickAndConfirm("通过")).contains("通过");
            assertThat(browser.pageText()).contains("已通过");
        }
    }

    private boolean hasTask(String user, String stage) {
        browser.login(user);
        browser.clickLink("待办任务");
        return browser.findAll(By.xpath("//table[@id='task-list']//tr[td[normalize-space()='" + PROJECT
                + "'] and td[normalize-space()='" + stage + "']]")).size() == 1;
    }

    private void openStage(int year, String stage) {
        browser.login("finance");
        browser.clickLink("阶段开启");
        browser.type(By.id("year"), String.valueOf(year));
        browser.choose(browser.find(By.id("stage")), stage);
        browser.type(By.id("deadline"), "");
        shot("finance-opens-" + stageSlug(stage));
        assertThat(browser.clickAndConfirm("开启")).contains("确定开启");
        assertThat(browser.pageText()).contains(year + "年度" + stage + "已开启");
    }

    private void cockpitShowsProject(int year, String stage) {
        browser.clickLink("驾驶舱");
        browser.type(By.id("year"), String.valueOf(year));
        browser.clickButton("查看");
        List<WebElement> headers = browser.findAll(By.cssSelector("#matrix thead th"));
        int column = headers.stream().map(WebElement::getText).toList().indexOf(stage);
        WebElement row = browser.find(By.xpath("//table[@id='matrix']/tbody/tr[td[1][normalize-space()='"
                + DemoData.SCIENCE_COMMITTEE + "']]"));
        assertThat(row.findElements(By.tagName("td")).get(column).getText()).isEqualTo("1");
        assertThat(browser.pageText()).contains(PROJECT);
        shot("cockpit", true);
        browser.assertFitsScreen();
    }

    private void urgeReachesUnit(int year, String stage) {
        browser.choose(browser.find(By.id("urgeStage")), stage);
        browser.clickButton("催办全部未提交单位");
        assertThat(browser.pageText()).contains(stage + "催办已发出");
        browser.login("unit");
        WebElement bell = browser.find(By.cssSelector("a[title='通知'] .badge"));
        assertThat(Integer.parseInt(bell.getText())).isPositive();
        browser.click(browser.find(By.cssSelector("a[title='通知']")));
        assertThat(browser.pageText()).contains("催办：《" + PROJECT + "》" + stage + "尚未提交");
        shot("unit-notifications");
    }

    private void monitoringWithAdjustment() {
        browser.clickLink("待办任务");
        openTask("绩效运行监控");
        browser.type("executed_to_date", "45");
        browser.type("goal_progress", "上半年完成培训12场，受益600人。");
        List<WebElement> rows = rows("monitoring-rows");
        for (WebElement row : rows) {
            browser.type(row.findElement(By.cssSelector("[name$='.achieved_to_date']")), "过半");
            browser.type(row.findElement(By.cssSelector("[name$='.expected_year_end']")), "按期完成");
            browser.choose(row.findElement(By.cssSelector("[name$='.light']")), "绿（正常）");
        }
        browser.click(browser.find(By.id("adjustment_requested")));
        browser.type("adjustment.new_annual_budget", "90");
        browser.type("adjustment.budget_reason", "部分培训改为线上，场地费用减少。");
        browser.click(browser.button("添加调整指标"));
        WebElement change = rows("change-rows").get(0);
        browser.type(change.findElement(By.cssSelector("[name$='.name']")), "培训场次");
        browser.type(change.findElement(By.cssSelector("[name$='.new_target']")), "≥28场");
        browser.type(change.findElement(By.cssSelector("[name$='.reason']")), "两场合并为线上大课。");
        shot("monitoring-adjustment", true);
        browser.clickAndConfirm("提交");
        assertThat(browser.pageText()).contains("已提交");
    }

    /** Actuals and scores, one score left out with no reason although the target is missed. */
    private void selfEvaluation() {
        browser.login("unit");
        openTask("绩效自评");
        browser.type("funds.total.executed", "85");
        browser.type("funds.appropriation.initial", "100");
        browser.type("funds.appropriation.adjusted", "90");
        browser.type("funds.appropriation.executed", "85");
        browser.type("goal_actual", "全年完成培训28场，受益1200人，满意度85%。");
        for (WebElement row : rows("evaluation-rows")) {
            String name = row.findElement(By.cssSelector("[name$='.name']")).getAttribute("value");
            String actual = switch (name) {
                case "培训场次" -> "28场";
                case "受益人数" -> "1200人";
                case "参训人员满意度" -> "85%";
                default -> "12月20日";
            };
            browser.type(row.findElement(By.cssSelector("[name$='.actual']")), actual);
            // Level-1 weights as the scoring settings want them: 产出 50, 效益 30, 满意度 10 (+ 预算执行 10).
            String weight = switch (name) {
                case "培训完成时间" -> "20";
                case "参训人员满意度" -> "10";
                default -> "30";
            };
            browser.type(row.findElement(By.cssSelector("[name$='.weight']")), weight);
            if (!name.equals("参训人员满意度")) {
                browser.type(row.findElement(By.cssSelector("[name$='.score']")), weight);
            }
        }
        browser.type("total_weight", "100");
        shot("self-evaluation-filled", true);
        browser.clickAndConfirm("提交");
        assertThat(browser.pageText()).contains("已提交");
    }

    /** After scoring the form is back with suggested scores and the missing reason; the unit fixes it. */
    private void unitSeesScoringProblems() {
        browser.login("unit");
        openTask("绩效自评");
        WebElement row = rows("evaluation-rows").stream()
                .filter(r -> r.findElement(By.cssSelector("[name$='.name']")).getAttribute("value").equals("参训人员满意度"))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("得分低于分值但未填写偏差原因");
        String suggested = row.findElement(By.cssSelector("td.suggested")).getText();
        assertThat(suggested).isNotBlank();
        shot("self-evaluation-scoring-problems", true);
        browser.type(row.findElement(By.cssSelector("[name$='.score']")), suggested);
        browser.type(row.findElement(By.cssSelector("[name$='.deviation_reason']")),
                "部分课程内容偏难；明年按学员层次分班授课。");
        browser.clickAndConfirm("提交");
        assertThat(browser.pageText()).contains("已提交");
    }

    private void openTask(String stage) {
        browser.clickLink("待办任务");
        WebElement row = taskRow(stage);
        browser.navigate(row.findElement(By.linkText("办理")));
        assertThat(browser.find(By.tagName("h1")).getText()).contains(PROJECT);
        browser.assertFitsScreen();
        browser.assertChineseLabels();
    }

    private WebElement taskRow(String stage) {
        return browser.find(By.xpath("//table[@id='task-list']//tr[td[normalize-space()='" + PROJECT
                + "'] and td[normalize-space()='" + stage + "']]"));
    }

    private static List<WebElement> rows(String tbodyId) {
        return browser.findAll(By.cssSelector("#" + tbodyId + " tr.indicator-row"));
    }

    private static void indicator(WebElement row, String name, String total, String annual) {
        browser.type(row.findElement(By.cssSelector("[name$='.name']")), name);
        browser.type(row.findElement(By.cssSelector("[name$='.target_total']")), total);
        browser.type(row.findElement(By.cssSelector("[name$='.target_annual']")), annual);
    }

    private static String stageSlug(String stage) {
        return switch (stage) {
            case "绩效目标申报" -> "declaration";
            case "绩效运行监控" -> "monitoring";
            default -> "self-evaluation";
        };
    }

    private static void shot(String name) {
        browser.screenshot(name);
    }

    private static void shot(String name, boolean fullPage) {
        browser.screenshot(name, fullPage);
    }
}
