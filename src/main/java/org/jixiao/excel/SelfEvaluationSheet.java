package org.jixiao.excel;

import org.apache.poi.ss.util.CellAddress;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.SelfEvaluationForm.BudgetExecution;
import org.jixiao.exchange.SelfEvaluationForm.Funds;
import org.jixiao.exchange.SelfEvaluationForm.FundsRow;
import org.jixiao.exchange.SelfEvaluationForm.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.jixiao.excel.SheetWriter.Kind.LABEL;
import static org.jixiao.excel.SheetWriter.Kind.MONEY;
import static org.jixiao.excel.SheetWriter.Kind.SCORE;
import static org.jixiao.excel.SheetWriter.Kind.TEXT;
import static org.jixiao.excel.SheetWriter.Kind.TEXT_CENTER;

/** Layout of 财政项目支出绩效自评表 (columns A–I), written and read by the same labels. */
final class SelfEvaluationSheet {

    static final String TITLE = "财政项目支出绩效自评表";
    static final int[] WIDTHS = {6, 12, 16, 26, 14, 14, 9, 9, 28};

    private static final String[] FUNDS_ROWS = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
    private static final String[] IND_HEADERS = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};

    private SelfEvaluationSheet() {
    }

    static void write(SheetWriter w, SelfEvaluationForm f) {
        FormLayout.writeTitle(w, TITLE, f.year(), false);
        w.newRow(TEXT);
        FormLayout.pair(w, "项目名称", 0, 1, f.projectName(), 2, 8);
        w.fitHeight(f.projectName(), w.width(2, 8));
        w.newRow(TEXT);
        FormLayout.pair(w, "主管部门", 0, 1, f.supervisingDepartment(), 2, 4);
        FormLayout.pair(w, "实施单位", 5, 5, f.implementingUnit(), 6, 8);
        w.fitHeight(f.implementingUnit(), w.width(6, 8));

        // funds block: the unit label spans the header and the four funds rows
        w.newRow(TEXT).text(0, FormLayout.fundsLabel(f.moneyUnit()), LABEL).merge(w.currentRow(), w.currentRow() + 4, 0, 1);
        w.text(2, null, LABEL);
        String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < heads.length; i++) {
            w.text(3 + i, heads[i], LABEL);
        }
        Funds funds = f.funds();
        FundsRow[] rows = funds == null ? new FundsRow[4]
                : new FundsRow[]{funds.total(), funds.appropriation(), funds.carryover(), funds.other()};
        for (int i = 0; i < 4; i++) {
            w.newRow(TEXT).text(2, FUNDS_ROWS[i], LABEL);
            FundsRow row = rows[i];
            w.number(3, row == null ? null : row.initial(), MONEY)
                    .number(4, row == null ? null : row.adjusted(), MONEY)
                    .number(5, row == null ? null : row.executed(), MONEY);
            if (i == 0) {
                BudgetExecution b = f.budgetExecution();
                w.number(6, b == null ? null : b.weight(), SCORE)
                        .percent(7, b == null ? null : b.ratePct())
                        .number(8, b == null ? null : b.score(), SCORE);
            } else if (i == 1) {
                w.text(6, "—", TEXT_CENTER).merge(w.currentRow(), w.currentRow() + 2, 6, 8);
            }
        }

        w.newRow(TEXT).text(0, "年度总体目标", LABEL).merge(w.currentRow(), w.currentRow() + 1, 0, 1);
        w.text(2, "预期目标", LABEL).mergeAcross(2, 5).text(6, "实际完成情况", LABEL).mergeAcross(6, 8);
        w.newRow(TEXT).text(2, f.goalExpected(), TEXT).mergeAcross(2, 5).text(6, f.goalActual(), TEXT).mergeAcross(6, 8);
        w.fitHeight(f.goalExpected(), w.width(2, 5)).fitHeight(f.goalActual(), w.width(6, 8));

        List<Indicator> inds = f.indicators() == null ? List.of() : f.indicators();
        w.newRow(LABEL).text(0, "绩效指标", LABEL).mergeDown(0, inds.size() + 1);
        for (int i = 0; i < IND_HEADERS.length; i++) {
            w.text(1 + i, IND_HEADERS[i], LABEL);
        }
        IndicatorTable.write(w, inds, 1, 2, Indicator::level1, Indicator::level2, (sw, ind) -> {
            sw.text(3, ind.name(), TEXT).text(4, ind.target(), TEXT_CENTER).text(5, ind.actual(), TEXT_CENTER)
                    .number(6, ind.weight(), SCORE).number(7, ind.score(), SCORE).text(8, ind.deviationReason(), TEXT);
            sw.fitHeight(ind.name(), WIDTHS[3]).fitHeight(ind.deviationReason(), WIDTHS[8]);
        });

        w.newRow(TEXT).text(0, "总分", LABEL).mergeAcross(0, 5)
                .number(6, f.totalWeight(), SCORE).number(7, f.totalScore(), SCORE);
        w.newRow(TEXT).text(0, "评分等级", LABEL).mergeAcross(0, 5).text(6, f.grade(), TEXT_CENTER).mergeAcross(6, 8);
        w.printSetup();
    }

    static SelfEvaluationForm read(SheetReader r) {
        Integer year = FormLayout.readTitleAndYear(r, TITLE);
        if (r.find(TITLE, 0) == null) {
            return null; // wrong template: nothing else is worth reporting
        }
        String name = FormLayout.valueRightOf(r, "项目名称", 0);
        String dept = FormLayout.valueRightOf(r, "主管部门", 0);
        String unit = FormLayout.valueRightOf(r, "实施单位", 0);

        CellAddress fundsLabel = FormLayout.findFundsLabel(r);
        String moneyUnit = fundsLabel == null ? null : FormLayout.moneyUnit(r, fundsLabel);
        Funds funds = null;
        BudgetExecution budget = null;
        CellAddress head = r.require("年初预算数", 0);
        if (head != null) {
            int h = head.getRow();
            int cInit = r.column(h, "年初预算数"), cAdj = r.column(h, "全年预算数"), cExe = r.column(h, "全年执行数");
            int cW = r.column(h, "分值"), cRate = r.column(h, "执行率"), cScore = r.column(h, "得分");
            FundsRow[] rows = new FundsRow[4];
            for (int i = 0; i < 4; i++) {
                CellAddress at = r.require(FUNDS_ROWS[i], h);
                if (at != null && cInit >= 0 && cAdj >= 0 && cExe >= 0) {
                    int row = at.getRow();
                    rows[i] = new FundsRow(r.number(row, cInit, "年初预算数"), r.number(row, cAdj, "全年预算数"),
                            r.number(row, cExe, "全年执行数"));
                    if (i == 0 && cW >= 0 && cRate >= 0 && cScore >= 0) {
                        budget = new BudgetExecution(r.number(row, cW, "分值"), r.percent(row, cRate, "执行率"),
                                r.number(row, cScore, "得分"));
                    }
                }
            }
            funds = new Funds(rows[0], rows[1], rows[2], rows[3]);
        }

        CellAddress expected = r.require("预期目标", 0);
        CellAddress actual = r.require("实际完成情况", 0);
        String goalExpected = expected == null ? null : r.text(r.below(expected), expected.getColumn());
        String goalActual = actual == null ? null : r.text(r.below(actual), actual.getColumn());

        List<Indicator> indicators = new ArrayList<>();
        BigDecimal totalWeight = null, totalScore = null;
        CellAddress indHead = r.require("一级指标", 0);
        CellAddress total = r.require("总分", indHead == null ? 0 : indHead.getRow());
        if (indHead != null && total != null) {
            int h = indHead.getRow();
            int[] c = new int[IND_HEADERS.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = r.column(h, IND_HEADERS[i]);
            }
            if (IndicatorTable.allFound(c)) {
                for (int row : IndicatorTable.dataRows(r, h, total.getRow(), c[2], c[3], c[4], c[5], c[6])) {
                    indicators.add(new Indicator(r.text(row, c[0]), r.text(row, c[1]), r.text(row, c[2]),
                            r.text(row, c[3]), r.text(row, c[4]), r.number(row, c[5], "分值"),
                            r.number(row, c[6], "得分"), r.text(row, c[7])));
                }
                totalWeight = r.number(total.getRow(), c[5], "总分");
                totalScore = r.number(total.getRow(), c[6], "总分");
            }
        }
        String grade = FormLayout.valueRightOf(r, "评分等级", 0);
        return new SelfEvaluationForm(null, null, SelfEvaluationForm.KIND, year, name, dept, unit, moneyUnit, funds, budget,
                goalExpected, goalActual, indicators, totalWeight, totalScore, grade, null);
    }

}
