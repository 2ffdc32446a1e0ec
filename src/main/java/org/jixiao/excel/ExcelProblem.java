package org.jixiao.excel;

/**
 * One thing wrong with an uploaded workbook, located so the user can find it in Excel.
 *
 * @param sheet   sheet name, {@code null} for problems with the file as a whole
 * @param row     1-based row number as Excel shows it, {@code null} when not about one row
 * @param column  column letter(s) as Excel shows them ({@code "G"}), {@code null} when not about one cell
 * @param label   the column's header or the field's label ({@code 年度资金总额}), may be {@code null}
 * @param message what is wrong, in Chinese
 */
public record ExcelProblem(String sheet, Integer row, String column, String label, String message) {

    public static ExcelProblem ofFile(String message) {
        return new ExcelProblem(null, null, null, null, message);
    }

    /** e.g. {@code 工作表“项目清单”第5行 G列（年度资金总额）：应为数字，实际为“abc”}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) {
            sb.append("工作表“").append(sheet).append("”");
        }
        if (row != null) {
            sb.append("第").append(row).append("行");
        }
        if (column != null) {
            sb.append(row != null ? " " : "").append(column).append("列");
        }
        if (label != null) {
            sb.append("（").append(label).append("）");
        }
        if (!sb.isEmpty()) {
            sb.append("：");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
