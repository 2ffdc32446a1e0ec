package org.jixiao.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.stream.Stream;

import static org.jixiao.excel.SheetWriter.Kind.LABEL;
import static org.jixiao.excel.SheetWriter.Kind.MONEY;
import static org.jixiao.excel.SheetWriter.Kind.SCORE;
import static org.jixiao.excel.SheetWriter.Kind.TEXT;
import static org.jixiao.excel.SheetWriter.Kind.TEXT_CENTER;

/**
 * The finance bureau's summary workbook: one row per project, frozen header, auto-filter and a
 * totals row of SUM formulas. Streams through {@link SXSSFWorkbook}, so callers can pass rows straight
 * from a database cursor and memory stays flat however many rows there are.
 */
@Component
public class SummaryExcel {

    static final String SHEET = "项目汇总";
    private static final String[] HEADERS = {"主管部门", "实施单位", "项目名称", "年度", "年初预算数", "全年预算数",
            "全年执行数", "执行率", "自评得分", "评分等级", "当前阶段", "是否逾期"};
    private static final int[] WIDTHS = {28, 30, 36, 8, 16, 16, 16, 10, 10, 10, 14, 10};
    private static final int FIRST_MONEY = 4;
    private static final int LAST_MONEY = 6;

    public void export(Stream<SummaryRow> rows, String moneyUnit, OutputStream out) {
        export(rows.iterator(), moneyUnit, out);
    }

    /** @param moneyUnit {@code 元} or {@code 万元}, printed in the money headers */
    public void export(Iterator<SummaryRow> rows, String moneyUnit, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(FormExcel.STREAM_WINDOW);
        wb.setCompressTempFiles(true);
        try (wb) {
            SXSSFSheet sheet = wb.createSheet(SHEET);
            SheetWriter w = new SheetWriter(sheet, new SheetWriter.Styles(wb), WIDTHS);
            w.newRow(LABEL);
            for (int c = 0; c < HEADERS.length; c++) {
                boolean money = c >= FIRST_MONEY && c <= LAST_MONEY;
                w.text(c, money ? HEADERS[c] + "（" + moneyUnit + "）" : HEADERS[c], LABEL);
            }
            sheet.createFreezePane(0, 1);
            while (rows.hasNext()) {
                SummaryRow r = rows.next();
                w.newRow(null).text(0, r.department(), TEXT).text(1, r.unit(), TEXT).text(2, r.projectName(), TEXT)
                        .number(3, r.year() == null ? null : BigDecimal.valueOf(r.year()), TEXT_CENTER)
                        .number(4, r.initialBudget(), MONEY).number(5, r.fullYearBudget(), MONEY)
                        .number(6, r.executed(), MONEY).percent(7, r.executionRatePct())
                        .number(8, r.score(), SCORE).text(9, r.grade(), TEXT_CENTER)
                        .text(10, r.stage(), TEXT_CENTER).text(11, r.overdue() ? "是" : "否", TEXT_CENTER);
            }
            int lastData = w.currentRow();
            // the filter covers header and data only, so sorting never moves the totals row
            sheet.setAutoFilter(new CellRangeAddress(0, lastData, 0, HEADERS.length - 1));
            w.newRow(LABEL).text(0, "合计", LABEL).mergeAcross(0, 3);
            if (lastData >= 1) {
                for (int c = FIRST_MONEY; c <= LAST_MONEY; c++) {
                    String col = CellReference.convertNumToColString(c);
                    w.formula(c, "SUM(" + col + "2:" + col + (lastData + 1) + ")", MONEY);
                }
                int total = lastData + 2;
                w.formula(7, "IF(F" + total + "=0,\"\",G" + total + "/F" + total + ")", SheetWriter.Kind.PERCENT);
            }
            w.printSetup();
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose(); // deletes the temp files holding flushed rows, also when writing failed
        }
    }
}
