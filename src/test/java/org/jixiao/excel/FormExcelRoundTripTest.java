package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.MonitoringForm.TrafficLight;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FormExcelRoundTripTest {

    private final FormExcel excel = new FormExcel();

    static Stream<String> fixtures() {
        return Fixtures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPublishedFormSurvivesExportAndImport(String name) {
        ExchangeForm original = Fixtures.load(name);
        byte[] xlsx = excel.export(original);

        ExchangeForm back = original instanceof SelfEvaluationForm
                ? excel.importSelfEvaluation(new ByteArrayInputStream(xlsx))
                : excel.importTargetDeclaration(new ByteArrayInputStream(xlsx));

        assertThat(Fixtures.normalise(back)).isEqualTo(Fixtures.normalise(original));
    }

    @Test
    void monitoringFormWithAndWithoutAdjustmentSurvivesRoundTrip() {
        MonitoringForm withAdjustment = monitoringSample(new MonitoringForm.Adjustment(new BigDecimal("1200000.50"),
                "预算核减：部分活动取消", List.of(
                new MonitoringForm.TargetChange("产出指标", "数量指标", "活动场次", "≥8 场", new BigDecimal("12.5"), "疫情影响"),
                new MonitoringForm.TargetChange("产出指标", "数量指标", "参与人数", "≥800 人", null, "同上"),
                new MonitoringForm.TargetChange("效益指标", "社会效益指标", "新增指标", "提升", new BigDecimal("5"), ""))));
        MonitoringForm withoutAdjustment = monitoringSample(null);

        for (MonitoringForm form : List.of(withAdjustment, withoutAdjustment)) {
            MonitoringForm back = excel.importMonitoring(new ByteArrayInputStream(excel.export(form)));
            assertThat(Fixtures.normalise(back)).isEqualTo(Fixtures.normalise(form));
        }
    }

    @Test
    void importAllRecognisesEachSheetByItsTitle() {
        ByteArrayOutputStreamWithBytes out = new ByteArrayOutputStreamWithBytes();
        List<ExchangeForm> forms = List.of(Fixtures.load("000-07.json"), Fixtures.load("001-12.json"), monitoringSample(null));
        excel.exportBatch(forms.iterator(), out);

        List<ExchangeForm> back = excel.importAll(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back).hasSize(3);
        for (int i = 0; i < forms.size(); i++) {
            assertThat(Fixtures.normalise(back.get(i))).isEqualTo(Fixtures.normalise(forms.get(i)));
        }
    }

    @Test
    void selfEvaluationIsLaidOutLikeThePublishedTable() throws IOException {
        SelfEvaluationForm form = (SelfEvaluationForm) Fixtures.load("000-07.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.export(form)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("财政项目支出绩效自评表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("(2022 年度)");
            assertThat(text(sheet, "项目资金（元）")).isNotNull();

            Cell initial = sheet.getRow(find(sheet, "年度资金总额")).getCell(3);
            assertThat(initial.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(initial.getNumericCellValue()).isEqualTo(4460000.0);
            assertThat(initial.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            // 产出指标 covers 8 indicator rows, 数量指标 the first 4 of them
            int firstIndicator = find(sheet, "一级指标") + 1;
            assertThat(sheet.getMergedRegions()).contains(
                    new CellRangeAddress(firstIndicator, firstIndicator + 7, 1, 1),
                    new CellRangeAddress(firstIndicator, firstIndicator + 3, 2, 2));
            Cell weight = sheet.getRow(firstIndicator).getCell(6);
            assertThat(weight.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(weight.getCellStyle().getDataFormatString()).isEqualTo("0.00");

            int total = find(sheet, "总分");
            assertThat(sheet.getRow(total).getCell(7).getNumericCellValue()).isEqualTo(80.56);
            assertThat(find(sheet, "评分等级")).isEqualTo(total + 1);

            PrintSetup ps = sheet.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void declarationUsesTheSeedTitleAndRealDates() throws IOException {
        TargetDeclarationForm form = (TargetDeclarationForm) Fixtures.load("001-01.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.export(form)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("财政项目支出绩效目标填报表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("（2021 年度）");
            Cell start = sheet.getRow(find(sheet, "计划开始日期")).getCell(2);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        }
    }

    static MonitoringForm monitoringSample(MonitoringForm.Adjustment adjustment) {
        return new MonitoringForm("x", 1, MonitoringForm.KIND, 2022, "科普工作", "", "上海市松江区科学技术委员会（本部）", "万元",
                LocalDate.of(2022, 6, 30), new BigDecimal("446.00"), new BigDecimal("136.6453"),
                "上半年完成科技节筹备，\n全国科普日活动方案已定",
                List.of(new MonitoringForm.Indicator("产出指标", "数量指标", "活动场次", "≥10 场", "=4 场", "=8 场",
                                TrafficLight.YELLOW, "疫情影响", "线上举办"),
                        new MonitoringForm.Indicator("产出指标", "质量指标", "验收通过率", "=95%", null, "=95%",
                                TrafficLight.GREEN, "", null),
                        new MonitoringForm.Indicator("满意度指标", "服务对象满意度指标", "公众满意度", "≥85%", "=80%", "=82%",
                                TrafficLight.RED, "宣传不足", "加强宣传")),
                adjustment, "notes");
    }

    private static int find(Sheet sheet, String label) {
        for (var row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("label not found: " + label);
    }

    private static String text(Sheet sheet, String label) {
        return sheet.getRow(find(sheet, label)).getCell(0).getStringCellValue();
    }

    /** Exposes the written bytes without a cast. */
    static final class ByteArrayOutputStreamWithBytes extends java.io.ByteArrayOutputStream {
    }
}
