package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryExcelTest {

    private final SummaryExcel summary = new SummaryExcel();

    @Test
    void rowsHeaderFilterAndTotals() throws IOException {
        // 250 rows: more than the streaming window, so flushed rows must still be in the file
        Stream<SummaryRow> rows = IntStream.rangeClosed(1, 250).mapToObj(i -> new SummaryRow(
                "上海市松江区科学技术委员会", "单位" + i, "项目" + i, 2022, new BigDecimal("1000.50"),
                new BigDecimal("800"), new BigDecimal("400"), new BigDecimal("50"), i % 2 == 0 ? new BigDecimal("80.56") : null,
                null, "自评", i == 7));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary.export(rows, "元", out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("项目汇总");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("年初预算数（元）");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L251");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(0.5);
            assertThat(first.getCell(8)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                    c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
            assertThat(sheet.getRow(7).getCell(11).getStringCellValue()).isEqualTo("是");

            Row total = sheet.getRow(251);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(4).getCellFormula()).isEqualTo("SUM(E2:E251)");
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(eval.evaluate(total.getCell(4)).getNumberValue()).isEqualTo(250 * 1000.5);
            assertThat(eval.evaluate(total.getCell(7)).getNumberValue()).isEqualTo(0.5);
        }
    }

    @Test
    void emptyListStillGivesHeaderAndTotalsLabel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary.export(Stream.empty(), "万元", out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("全年预算数（万元）");
            Cell label = sheet.getRow(1).getCell(0);
            assertThat(label.getStringCellValue()).isEqualTo("合计");
        }
    }
}
