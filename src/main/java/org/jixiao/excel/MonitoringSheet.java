package org.jixiao.excel;

import org.apache.poi.ss.util.CellAddress;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.MonitoringForm.Adjustment;
import org.jixiao.exchange.MonitoringForm.Indicator;
import org.jixiao.exchange.MonitoringForm.TargetChange;
import org.jixiao.exchange.MonitoringForm.TrafficLight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.jixiao.excel.SheetWriter.Kind.LABEL;
import static org.jixiao.excel.SheetWriter.Kind.MONEY;
import static org.jixiao.excel.SheetWriter.Kind.SCORE;
import static org.jixiao.excel.SheetWriter.Kind.TEXT;
import static org.jixiao.excel.SheetWriter.Kind.TEXT_CENTER;

/**
 * Layout of 财政项目支出绩效运行监控表 (columns A–J), following the national monitoring template
 * (财预〔2019〕136号): progress per indicator with a traffic light, then the optional adjustment request.
 */
final class MonitoringSheet {

    static final String TITLE = "财政项目支出绩效运行监控表";
    static final int[] WIDTHS = {6, 12, 14, 24, 14, 14, 14, 8, 24, 24};

    private static final String[] IND_HEADERS = {"一级指标", "二级指标", "三级指标", "年度指标值", "截至目前完成值",
            "全年预计完成值", "预警", "偏差原因", "纠偏措施"};
    private static final String[] CHANGE_HEADERS = {"一级指标", "二级指标", "三级指标", "调整后指标值", "调整后分值", "调整理由"};
    private static final String ADJUST = "是否申请调整";

    private MonitoringSheet() {
    }

    static void write(SheetWriter w, MonitoringForm f) {
        FormLayout.writeTitle(w, TITLE, f.year(), false);
        w.newRow(TEXT);
        FormLayout.pair(w, "项目名称", 0, 1, f.projectName(), 2, 9);
        w.newRow(TEXT);
        FormLayout.pair(w, "主管部门", 0, 1, f.supervisingDepartment(), 2, 4);
        FormLayout.pair(w, "实施单位", 5, 5, f.implementingUnit(), 6, 9);
        w.newRow(TEXT).text(0, "监控截止日期", LABEL).mergeAcross(0, 1).date(2, f.periodEnd()).mergeAcross(2, 4);

        w.newRow(TEXT).text(0, FormLayout.fundsLabel(f.moneyUnit()), LABEL).mergeAcross(0, 1)
                .text(2, "全年预算数", LABEL).number(3, f.annualBudget(), MONEY)
                .text(4, "截至目前执行数", LABEL).number(5, f.executedToDate(), MONEY)
                .text(6, "执行率", LABEL).percent(7, rate(f.executedToDate(), f.annualBudget())).mergeAcross(7, 9);

        w.newRow(TEXT);
        FormLayout.pair(w, "总体目标完成情况", 0, 1, f.goalProgress(), 2, 9);
        w.fitHeight(f.goalProgress(), w.width(2, 9));

        List<Indicator> inds = f.indicators() == null ? List.of() : f.indicators();
        w.newRow(LABEL).text(0, "绩效指标", LABEL).mergeDown(0, inds.size() + 1);
        headers(w, IND_HEADERS);
        IndicatorTable.write(w, inds, 1, 2, Indicator::level1, Indicator::level2, (sw, ind) -> {
            sw.text(3, ind.name(), TEXT).text(4, ind.target(), TEXT_CENTER).text(5, ind.achievedToDate(), TEXT_CENTER)
                    .text(6, ind.expectedYearEnd(), TEXT_CENTER).text(7, lightLabel(ind.light()), TEXT_CENTER)
                    .text(8, ind.deviationCause(), TEXT).text(9, ind.correctiveMeasure(), TEXT);
            sw.fitHeight(ind.deviationCause(), WIDTHS[8]).fitHeight(ind.correctiveMeasure(), WIDTHS[9]);
        });

        Adjustment a = f.adjustment();
        w.newRow(TEXT);
        FormLayout.pair(w, ADJUST, 0, 1, a == null ? "否" : "是", 2, 9);
        if (a != null) {
            w.newRow(TEXT).text(0, "调整后全年预算数", LABEL).mergeAcross(0, 1).number(2, a.newAnnualBudget(), MONEY)
                    .mergeAcross(2, 4).text(5, "预算调整理由", LABEL).text(6, a.budgetReason(), TEXT).mergeAcross(6, 9);
            w.fitHeight(a.budgetReason(), w.width(6, 9));
            List<TargetChange> changes = a.targetChanges() == null ? List.of() : a.targetChanges();
            w.newRow(LABEL).text(0, "指标调整", LABEL).mergeDown(0, changes.size() + 1);
            headers(w, CHANGE_HEADERS);
            w.mergeAcross(6, 9);
            IndicatorTable.write(w, changes, 1, 2, TargetChange::level1, TargetChange::level2, (sw, c) -> {
                sw.text(3, c.name(), TEXT).text(4, c.newTarget(), TEXT_CENTER).number(5, c.newWeight(), SCORE)
                        .text(6, c.reason(), TEXT).mergeAcross(6, 9);
                sw.fitHeight(c.reason(), sw.width(6, 9));
            });
        }
        w.printSetup();
    }

    private static void headers(SheetWriter w, String[] headers) {
        for (int i = 0; i < headers.length; i++) {
            w.text(1 + i, headers[i], LABEL);
        }
    }

    /** Shown for the reader's convenience only; import ignores it, the two amounts are the data. */
    private static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    }

    static String lightLabel(TrafficLight light) {
        if (light == null) {
            return null;
        }
        return switch (light) {
            case GREEN -> "绿";
            case YELLOW -> "黄";
            case RED -> "红";
        };
    }

    static MonitoringForm read(SheetReader r) {
        Integer year = FormLayout.readTitleAndYear(r, TITLE);
        if (r.find(TITLE, 0) == null) {
            return null;
        }
        String name = FormLayout.valueRightOf(r, "项目名称", 0);
        String dept = FormLayout.valueRightOf(r, "主管部门", 0);
        String unit = FormLayout.valueRightOf(r, "实施单位", 0);
        CellAddress periodAt = r.require("监控截止日期", 0);
        LocalDate periodEnd = periodAt == null ? null : r.date(periodAt.getRow(), r.rightOf(periodAt), "监控截止日期");

        CellAddress fundsLabel = FormLayout.findFundsLabel(r);
        String moneyUnit = fundsLabel == null ? null : FormLayout.moneyUnit(r, fundsLabel);
        BigDecimal budget = moneyRightOf(r, "全年预算数");
        BigDecimal executed = moneyRightOf(r, "截至目前执行数");
        String progress = FormLayout.valueRightOf(r, "总体目标完成情况", 0);

        List<Indicator> indicators = new ArrayList<>();
        CellAddress adjustAt = r.require(ADJUST, 0);
        CellAddress indHead = r.require("一级指标", 0);
        if (indHead != null && adjustAt != null) {
            int[] c = columns(r, indHead.getRow(), IND_HEADERS);
            if (IndicatorTable.allFound(c)) {
                for (int row : IndicatorTable.dataRows(r, indHead.getRow(), adjustAt.getRow(), c[2], c[3], c[4], c[5])) {
                    indicators.add(new Indicator(r.text(row, c[0]), r.text(row, c[1]), r.text(row, c[2]), r.text(row, c[3]),
                            r.text(row, c[4]), r.text(row, c[5]), light(r, row, c[6]), r.text(row, c[7]), r.text(row, c[8])));
                }
            }
        }

        Adjustment adjustment = null;
        if (adjustAt != null && "是".equals(r.trimmed(adjustAt.getRow(), r.rightOf(adjustAt)))) {
            BigDecimal newBudget = moneyRightOf(r, "调整后全年预算数");
            String reason = FormLayout.valueRightOf(r, "预算调整理由", 0);
            List<TargetChange> changes = new ArrayList<>();
            CellAddress changeLabel = r.require("指标调整", adjustAt.getRow());
            if (changeLabel != null) {
                int h = changeLabel.getRow();
                int[] c = columns(r, h, CHANGE_HEADERS);
                if (IndicatorTable.allFound(c)) {
                    for (int row : IndicatorTable.dataRows(r, h, r.lastRow() + 1, c[2], c[3], c[4], c[5])) {
                        changes.add(new TargetChange(r.text(row, c[0]), r.text(row, c[1]), r.text(row, c[2]),
                                r.text(row, c[3]), r.number(row, c[4], "调整后分值"), r.text(row, c[5])));
                    }
                }
            }
            adjustment = new Adjustment(newBudget, reason, changes);
        }
        return new MonitoringForm(null, null, MonitoringForm.KIND, year, name, dept, unit, moneyUnit, periodEnd, budget,
                executed, progress, indicators, adjustment, null);
    }

    private static int[] columns(SheetReader r, int headerRow, String[] headers) {
        int[] c = new int[headers.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = r.column(headerRow, headers[i]);
        }
        return c;
    }

    private static TrafficLight light(SheetReader r, int row, int col) {
        String s = r.trimmed(row, col);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "绿", "绿灯", "GREEN" -> TrafficLight.GREEN;
            case "黄", "黄灯", "YELLOW" -> TrafficLight.YELLOW;
            case "红", "红灯", "RED" -> TrafficLight.RED;
            default -> {
                r.problem(row, col, "预警", "应为“绿”“黄”或“红”，实际为“" + s + "”");
                yield null;
            }
        };
    }

    private static BigDecimal moneyRightOf(SheetReader r, String label) {
        CellAddress at = r.require(label, 0);
        return at == null ? null : r.number(at.getRow(), r.rightOf(at), label);
    }
}
