package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectListExcelTest {

    private static final String DEPT = "上海市松江区科学技术委员会";
    private static final String UNIT = "上海市松江区科学技术委员会（本部）";

    /** Knows one department with two units. */
    private static final ProjectListLookup ORGS = new ProjectListLookup() {
        private final Map<String, Set<String>> units = Map.of(DEPT, Set.of(UNIT, "上海市松江区科技馆"));

        @Override
        public boolean departmentExists(String department) {
            return units.containsKey(department);
        }

        @Override
        public boolean unitBelongs(String unit, String department) {
            return units.getOrDefault(department, Set.of()).contains(unit);
        }
    };

    private final ProjectListExcel excel = new ProjectListExcel();

    @Test
    void templateFilledInImportsAllRows() throws IOException {
        byte[] filled = TestWorkbooks.fill(excel.template(), List.of(
                new Object[]{"科普工作", "经常性项目", DEPT, UNIT, LocalDate.of(2022, 1, 1), "2022-12-31", 4460000.0, 4460000.0, 0.0, null, null, "否"},
                new Object[]{"科技馆运行", "一次性项目", DEPT, "上海市松江区科技馆", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 30), 12.5, null, null, null, "万元", "是"}));

        List<ProjectListRow> rows = excel.importList(new ByteArrayInputStream(filled), ORGS);

        assertThat(rows).containsExactly(
                new ProjectListRow(2, "科普工作", "经常性项目", DEPT, UNIT, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                        new BigDecimal("4460000"), new BigDecimal("4460000"), BigDecimal.ZERO, null, "元", false),
                new ProjectListRow(3, "科技馆运行", "一次性项目", DEPT, "上海市松江区科技馆", LocalDate.of(2022, 3, 1),
                        LocalDate.of(2022, 9, 30), new BigDecimal("12.5"), null, null, null, "万元", true));
    }

    @Test
    void templateHasTheHeadersFrozen() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.template()))) {
            Sheet sheet = wb.getSheet("项目清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目名称");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("年度资金总额");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getDataValidations()).hasSize(3);
        }
    }

    @Test
    void everyBadRowIsReportedAndNothingIsReturned() throws IOException {
        byte[] bad = TestWorkbooks.fill(excel.template(), List.of(
                new Object[]{"科普工作", "经常性项目", DEPT, UNIT, "2022-01-01", "2022-12-31", "abc", null, null, null, null, null},
                new Object[]{"科普工作", "经常性项目", DEPT, UNIT, "2022-01-01", "2022-12-31", -5.0, null, null, null, null, null},
                new Object[]{null, "临时项目", "不存在的部门", UNIT, "2022-01-01", "2021-12-31", 1.0, null, null, null, "美元", null},
                new Object[]{"项目丁", "经常性项目", DEPT, "别的单位", "明年", null, 1.0, null, null, null, null, null}));

        assertThatThrownBy(() -> excel.importList(new ByteArrayInputStream(bad), ORGS))
                .isInstanceOfSatisfying(ExcelImportException.class, e -> assertThat(e.problems())
                        .extracting(ExcelProblem::describe)
                        .containsExactlyInAnyOrder(
                                "工作表“项目清单”第2行 G列（年度资金总额）：应为数字，实际为“abc”",
                                "工作表“项目清单”第3行 G列（年度资金总额）：金额不能为负数，实际为-5",
                                "工作表“项目清单”第3行 A列（项目名称）：项目名称“科普工作”与第2行重复",
                                "工作表“项目清单”第4行 A列（项目名称）：必填，不能为空",
                                "工作表“项目清单”第4行 B列（项目类别）：应为经常性项目、一次性项目或跨年度项目，实际为“临时项目”",
                                "工作表“项目清单”第4行 F列（计划结束日期）：计划结束日期早于计划开始日期",
                                "工作表“项目清单”第4行 K列（金额单位）：应为“元”或“万元”，实际为“美元”",
                                "工作表“项目清单”第4行 C列（主管部门）：系统中没有主管部门“不存在的部门”",
                                "工作表“项目清单”第5行 E列（计划开始日期）：应为日期（如 2022-01-01），实际为“明年”",
                                "工作表“项目清单”第5行 F列（计划结束日期）：必填，不能为空",
                                "工作表“项目清单”第5行 D列（实施单位）：实施单位“别的单位”不存在或不属于“上海市松江区科学技术委员会”"));
    }

    @Test
    void projectsTheYearHasLongNamesAndFractionsOfCentsAreRefused() {
        ProjectListLookup knowsOne = new ProjectListLookup() {
            @Override
            public boolean departmentExists(String department) {
                return ORGS.departmentExists(department);
            }

            @Override
            public boolean unitBelongs(String unit, String department) {
                return ORGS.unitBelongs(unit, department);
            }

            @Override
            public boolean projectExists(String unit, String projectName) {
                return unit.equals(UNIT) && projectName.equals("科普工作");
            }
        };
        byte[] bad = TestWorkbooks.fill(excel.template(), List.of(
                new Object[]{"科普工作", "经常性项目", DEPT, UNIT, "2022-01-01", "2022-12-31", 1.0},
                new Object[]{"长".repeat(301), "经常性项目", DEPT, UNIT, "2022-01-01", "2022-12-31", 1.0},
                new Object[]{"科技馆运行", "经常性项目", DEPT, UNIT, "2022-01-01", "2022-12-31", 1.005}));

        assertThatThrownBy(() -> excel.importList(new ByteArrayInputStream(bad), knowsOne))
                .isInstanceOfSatisfying(ExcelImportException.class, e -> assertThat(e.problems())
                        .extracting(ExcelProblem::describe)
                        .containsExactlyInAnyOrder(
                                "工作表“项目清单”第2行 A列（项目名称）：本年度“" + UNIT + "”已有同名项目“科普工作”",
                                "工作表“项目清单”第3行 A列（项目名称）：项目名称不能超过300字",
                                "工作表“项目清单”第4行 G列（年度资金总额）：金额最多两位小数，实际为1.005"));
    }

    @Test
    void wrongTemplateIsRefused() {
        assertThatThrownBy(() -> excel.importList(new ByteArrayInputStream(TestWorkbooks.otherWorkbook()), ORGS))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining("找不到表头“项目名称”");
    }

    @Test
    void missingRequiredHeaderIsNamed() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = wb.createSheet("项目清单").createRow(0);
            String[] headers = {"项目名称", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划结束日期"};
            for (int i = 0; i < headers.length; i++) {
                row.createCell(i).setCellValue(headers[i]);
            }
            wb.write(out);
            assertThatThrownBy(() -> excel.importList(new ByteArrayInputStream(out.toByteArray()), ORGS))
                    .isInstanceOf(ExcelImportException.class)
                    .hasMessage("工作表“项目清单”第1行：表头缺少“年度资金总额”列，不是本系统的模板或模板已被改动");
        }
    }

    @Test
    void emptyListIsRefused() {
        assertThatThrownBy(() -> excel.importList(new ByteArrayInputStream(excel.template()), ORGS))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining("没有项目数据");
    }

}
