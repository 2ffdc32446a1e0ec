package org.jixiao.excel;

import org.apache.poi.ss.util.CellAddress;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.exchange.TargetDeclarationForm.Funds;
import org.jixiao.exchange.TargetDeclarationForm.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.jixiao.excel.SheetWriter.Kind.LABEL;
import static org.jixiao.excel.SheetWriter.Kind.MONEY;
import static org.jixiao.excel.SheetWriter.Kind.TEXT;
import static org.jixiao.excel.SheetWriter.Kind.TEXT_CENTER;

/**
 * Layout of 财政项目支出绩效目标填报表 (columns A–F; the published 2021 tables say 填报表, not 申报表).
 * The funds block pairs the total-period column (left) with the annual column (right).
 */
final class TargetDeclarationSheet {

    static final String TITLE = "财政项目支出绩效目标填报表";
    static final int[] WIDTHS = {8, 12, 22, 30, 22, 22};

    private static final String[] IND_HEADERS = {"一级指标", "二级指标", "三级指标", "总体指标值", "年度指标值"};

    private TargetDeclarationSheet() {
    }

    static void write(SheetWriter w, TargetDeclarationForm f) {
        FormLayout.writeTitle(w, TITLE, f.year(), true);
        w.newRow(TEXT);
        FormLayout.pair(w, "项目名称", 0, 1, f.projectName(), 2, 3);
        FormLayout.pair(w, "项目类别", 4, 4, f.category(), 5, 5);
        w.fitHeight(f.projectName(), w.width(2, 3));
        w.newRow(TEXT);
        FormLayout.pair(w, "主管部门", 0, 1, f.supervisingDepartment(), 2, 3);
        FormLayout.pair(w, "实施单位", 4, 4, f.implementingUnit(), 5, 5);
        w.fitHeight(f.implementingUnit(), WIDTHS[5]);
        w.newRow(TEXT).text(0, "计划开始日期", LABEL).mergeAcross(0, 1).date(2, f.plannedStart()).mergeAcross(2, 3)
                .text(4, "计划完成日期", LABEL).date(5, f.plannedEnd());

        Funds m = f.funds() == null ? new Funds(null, null, null, null, null, null, null) : f.funds();
        w.newRow(TEXT).text(0, FormLayout.fundsLabel(f.moneyUnit()), LABEL).merge(w.currentRow(), w.currentRow() + 3, 0, 1);
        fundsRow(w, "项目资金总额", m.projectTotal(), "年度资金申请总额", m.annualRequest());
        fundsRow(w.newRow(TEXT), "其中：财政资金", m.fiscal(), "其中：当年财政拨款", m.appropriation());
        fundsRow(w.newRow(TEXT), null, null, "上年结转资金", m.carryover());
        fundsRow(w.newRow(TEXT), "其他资金", m.otherTotal(), "其他资金", m.otherAnnual());

        w.newRow(TEXT).text(0, "项目绩效目标", LABEL).merge(w.currentRow(), w.currentRow() + 1, 0, 1);
        w.text(2, "项目总目标", LABEL).mergeAcross(2, 3).text(4, "年度总目标", LABEL).mergeAcross(4, 5);
        w.newRow(TEXT).text(2, f.goalTotal(), TEXT).mergeAcross(2, 3).text(4, f.goalAnnual(), TEXT).mergeAcross(4, 5);
        w.fitHeight(f.goalTotal(), w.width(2, 3)).fitHeight(f.goalAnnual(), w.width(4, 5));

        List<Indicator> inds = f.indicators() == null ? List.of() : f.indicators();
        w.newRow(LABEL).text(0, "绩效指标", LABEL).mergeDown(0, inds.size() + 1);
        for (int i = 0; i < IND_HEADERS.length; i++) {
            w.text(1 + i, IND_HEADERS[i], LABEL);
        }
        IndicatorTable.write(w, inds, 1, 2, Indicator::level1, Indicator::level2, (sw, ind) -> {
            sw.text(3, ind.name(), TEXT).text(4, ind.targetTotal(), TEXT_CENTER).text(5, ind.targetAnnual(), TEXT_CENTER);
            sw.fitHeight(ind.name(), WIDTHS[3]);
        });
        w.printSetup();
    }

    private static void fundsRow(SheetWriter w, String leftLabel, BigDecimal left, String rightLabel, BigDecimal right) {
        w.text(2, leftLabel, LABEL).number(3, left, MONEY).text(4, rightLabel, LABEL).number(5, right, MONEY);
    }

    static TargetDeclarationForm read(SheetReader r) {
        Integer year = FormLayout.readTitleAndYear(r, TITLE);
        if (r.find(TITLE, 0) == null) {
            return null;
        }
        String name = FormLayout.valueRightOf(r, "项目名称", 0);
        String category = FormLayout.valueRightOf(r, "项目类别", 0);
        String dept = FormLayout.valueRightOf(r, "主管部门", 0);
        String unit = FormLayout.valueRightOf(r, "实施单位", 0);
        LocalDate start = dateRightOf(r, "计划开始日期");
        LocalDate end = dateRightOf(r, "计划完成日期");

        CellAddress fundsLabel = FormLayout.findFundsLabel(r);
        String moneyUnit = fundsLabel == null ? null : FormLayout.moneyUnit(r, fundsLabel);
        BigDecimal otherTotal = null, otherAnnual = null;
        CellAddress other = r.require("其他资金", 0);
        if (other != null) {
            // the same label twice in one row: total-period column first, annual column second
            otherTotal = r.number(other.getRow(), r.rightOf(other), "其他资金");
            int second = r.findInRow(other.getRow(), "其他资金", r.rightOf(other));
            if (second < 0) {
                r.problem(other.getRow(), other.getColumn(), "其他资金", "年度列的“其他资金”缺失");
            } else {
                otherAnnual = r.number(other.getRow(), r.rightOf(new CellAddress(other.getRow(), second)), "其他资金");
            }
        }
        Funds funds = new Funds(money(r, "项目资金总额"), money(r, "年度资金申请总额"), money(r, "其中：财政资金"),
                money(r, "其中：当年财政拨款"), money(r, "上年结转资金"), otherTotal, otherAnnual);

        CellAddress gTotal = r.require("项目总目标", 0);
        CellAddress gAnnual = r.require("年度总目标", 0);
        String goalTotal = gTotal == null ? null : r.text(r.below(gTotal), gTotal.getColumn());
        String goalAnnual = gAnnual == null ? null : r.text(r.below(gAnnual), gAnnual.getColumn());

        List<Indicator> indicators = new ArrayList<>();
        CellAddress indHead = r.require("一级指标", 0);
        if (indHead != null) {
            int h = indHead.getRow();
            int[] c = new int[IND_HEADERS.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = r.column(h, IND_HEADERS[i]);
            }
            if (IndicatorTable.allFound(c)) {
                for (int row : IndicatorTable.dataRows(r, h, r.lastRow() + 1, c[2], c[3], c[4])) {
                    indicators.add(new Indicator(r.text(row, c[0]), r.text(row, c[1]), r.text(row, c[2]),
                            r.text(row, c[3]), r.text(row, c[4])));
                }
            }
        }
        return new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND, year, name, category, dept, unit,
                start, end, moneyUnit, funds, goalTotal, goalAnnual, indicators, null);
    }

    private static BigDecimal money(SheetReader r, String label) {
        CellAddress at = r.require(label, 0);
        return at == null ? null : r.number(at.getRow(), r.rightOf(at), label);
    }

    private static LocalDate dateRightOf(SheetReader r, String label) {
        CellAddress at = r.require(label, 0);
        return at == null ? null : r.date(at.getRow(), r.rightOf(at), label);
    }
}
