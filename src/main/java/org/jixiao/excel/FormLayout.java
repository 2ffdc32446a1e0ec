package org.jixiao.excel;

import org.apache.poi.ss.util.CellAddress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts all three forms share: title, year line, the money-unit label of the funds block, and
 * the label–value pairs of the header block.
 */
final class FormLayout {

    static final Pattern YEAR = Pattern.compile("[（(](\\d{4})年度[)）]");
    static final Pattern FUNDS_LABEL = Pattern.compile("项目资金(?:[（(](元|万元)[)）])?");

    private FormLayout() {
    }

    /** Title row plus the year line, printed as on the published tables: "(2022 年度)". */
    static void writeTitle(SheetWriter w, String title, Integer year, boolean fullWidthParens) {
        w.title(title, SheetWriter.Kind.TITLE, 30);
        String y = year == null ? "" : year + " ";
        w.title(fullWidthParens ? "（" + y + "年度）" : "(" + y + "年度)", SheetWriter.Kind.SUBTITLE, 20);
    }

    /** "项目资金（元）"; without a unit when the form has none, so import gives {@code null} back. */
    static String fundsLabel(String moneyUnit) {
        return moneyUnit == null ? "项目资金" : "项目资金（" + moneyUnit + "）";
    }

    /** Label cell spanning {@code labelFrom..labelTo}, value spanning {@code valueFrom..valueTo}, in the current row. */
    static void pair(SheetWriter w, String label, int labelFrom, int labelTo, String value, int valueFrom, int valueTo) {
        w.text(labelFrom, label, SheetWriter.Kind.LABEL).mergeAcross(labelFrom, labelTo);
        w.text(valueFrom, value, SheetWriter.Kind.TEXT).mergeAcross(valueFrom, valueTo);
    }

    /** Checks the title and returns the year (or {@code null}, recording a problem). */
    static Integer readTitleAndYear(SheetReader r, String title) {
        if (r.require(title, 0) == null) {
            return null;
        }
        CellAddress at = r.findMatching("[（(](\\d{4})?年度[)）]", 0, 5);
        if (at == null) {
            r.problem("找不到年度行（如“(2022 年度)”）");
            return null;
        }
        Matcher m = YEAR.matcher(SheetReader.normaliseLabel(r.text(at.getRow(), at.getColumn())));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The value right of a label; {@code null} (and a problem) if the label is missing. */
    static String valueRightOf(SheetReader r, String label, int fromRow) {
        CellAddress at = r.require(label, fromRow);
        return at == null ? null : r.text(at.getRow(), r.rightOf(at));
    }

    /** The money unit from the funds label, and where the label is. */
    static CellAddress findFundsLabel(SheetReader r) {
        CellAddress at = r.findMatching(FUNDS_LABEL.pattern(), 0, r.lastRow());
        if (at == null) {
            r.problem("找不到“项目资金（元）”，不是本系统的模板或模板已被改动");
        }
        return at;
    }

    static String moneyUnit(SheetReader r, CellAddress fundsLabel) {
        Matcher m = FUNDS_LABEL.matcher(SheetReader.normaliseLabel(r.text(fundsLabel.getRow(), fundsLabel.getColumn())));
        return m.matches() ? m.group(1) : null;
    }
}
