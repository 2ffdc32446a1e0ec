package org.jixiao.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes a form sheet strictly top to bottom, one row at a time, so the same layout code works on an
 * in-memory {@code XSSFWorkbook} and on a streaming {@code SXSSFWorkbook} (which cannot go back to
 * flushed rows). Every cell of a bordered block is created, even the hidden parts of a merge, because
 * Excel draws a merged cell's border from its parts.
 */
final class SheetWriter {

    /** Cell kinds of the official forms; each maps to one shared style. */
    enum Kind { TITLE, SUBTITLE, LABEL, TEXT, TEXT_CENTER, MONEY, SCORE, PERCENT, DATE, PLAIN }

    /** Styles are per workbook (Excel caps their number), so a batch of sheets shares one instance. */
    static final class Styles {
        private final CellStyle[] byKind = new CellStyle[Kind.values().length];

        Styles(Workbook wb) {
            DataFormat fmt = wb.createDataFormat();
            Font normal = font(wb, false, 11);
            Font bold = font(wb, true, 11);
            byKind[Kind.TITLE.ordinal()] = style(wb, font(wb, true, 16), HorizontalAlignment.CENTER, false, false);
            byKind[Kind.SUBTITLE.ordinal()] = style(wb, normal, HorizontalAlignment.CENTER, false, false);
            byKind[Kind.LABEL.ordinal()] = style(wb, bold, HorizontalAlignment.CENTER, true, true);
            byKind[Kind.TEXT.ordinal()] = style(wb, normal, HorizontalAlignment.LEFT, true, true);
            byKind[Kind.TEXT_CENTER.ordinal()] = style(wb, normal, HorizontalAlignment.CENTER, true, true);
            byKind[Kind.MONEY.ordinal()] = numeric(wb, normal, fmt.getFormat("#,##0.00"));
            byKind[Kind.SCORE.ordinal()] = numeric(wb, normal, fmt.getFormat("0.00"));
            byKind[Kind.PERCENT.ordinal()] = numeric(wb, normal, fmt.getFormat("0.00%"));
            byKind[Kind.DATE.ordinal()] = numeric(wb, normal, fmt.getFormat("yyyy-mm-dd"));
            byKind[Kind.PLAIN.ordinal()] = style(wb, normal, HorizontalAlignment.LEFT, false, false);
        }

        CellStyle get(Kind kind) {
            return byKind[kind.ordinal()];
        }

        private static Font font(Workbook wb, boolean bold, int points) {
            Font f = wb.createFont();
            f.setFontName("宋体");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }

        private static CellStyle numeric(Workbook wb, Font font, short format) {
            CellStyle s = style(wb, font, HorizontalAlignment.RIGHT, true, false);
            s.setDataFormat(format);
            return s;
        }
    }

    private static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final Styles styles;
    private final int[] columnChars;
    private Row row;
    private int nextRow;

    /** @param columnChars width of each column in characters (a CJK character counts as 2) */
    SheetWriter(Sheet sheet, Styles styles, int... columnChars) {
        this.sheet = sheet;
        this.styles = styles;
        this.columnChars = columnChars;
        for (int c = 0; c < columnChars.length; c++) {
            sheet.setColumnWidth(c, columnChars[c] * 256);
        }
    }

    int columns() {
        return columnChars.length;
    }

    /** Starts the next row; all its columns get {@code fill} so borders are continuous. */
    SheetWriter newRow(Kind fill) {
        row = sheet.createRow(nextRow++);
        if (fill != null) {
            for (int c = 0; c < columnChars.length; c++) {
                row.createCell(c).setCellStyle(styles.get(fill));
            }
        }
        return this;
    }

    int currentRow() {
        return nextRow - 1;
    }

    /** Writes text ({@code null} stays a blank cell, {@code ""} stays an empty string). */
    SheetWriter text(int col, String value, Kind kind) {
        Cell cell = cell(col, kind);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** Writes a true numeric cell; {@code null} stays blank. */
    SheetWriter number(int col, BigDecimal value, Kind kind) {
        Cell cell = cell(col, kind);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    /** Percent values are stored as Excel fractions (0.569 shown as 56.90%), exactly via BigDecimal. */
    SheetWriter percent(int col, BigDecimal percent) {
        return number(col, percent == null ? null : percent.movePointLeft(2), Kind.PERCENT);
    }

    SheetWriter date(int col, LocalDate value) {
        Cell cell = cell(col, Kind.DATE);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    SheetWriter formula(int col, String formula, Kind kind) {
        cell(col, kind).setCellFormula(formula);
        return this;
    }

    /** Merges columns {@code firstCol..lastCol} of the current row. */
    SheetWriter mergeAcross(int firstCol, int lastCol) {
        return merge(currentRow(), currentRow(), firstCol, lastCol);
    }

    /** Merges a block starting at the current row and reaching down {@code rows} rows (which are written later). */
    SheetWriter mergeDown(int col, int rows) {
        return merge(currentRow(), currentRow() + rows - 1, col, col);
    }

    SheetWriter merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            // addMergedRegionUnsafe: regions are built by construction not to overlap, and the
            // overlap check is quadratic in the number of regions.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
        return this;
    }

    /** Title row across all columns. */
    SheetWriter title(String title, Kind kind, float heightPoints) {
        newRow(null).text(0, title, kind).mergeAcross(0, columnChars.length - 1);
        row.setHeightInPoints(heightPoints);
        return this;
    }

    /**
     * Excel does not grow rows for wrapped text in merged cells, so estimate the lines needed for
     * {@code text} in a cell {@code widthChars} wide and make the current row tall enough.
     */
    SheetWriter fitHeight(String text, int widthChars) {
        int lines = estimateLines(text, widthChars);
        float wanted = Math.min(409f, lines * LINE_POINTS + 4);
        if (wanted > row.getHeightInPoints()) {
            row.setHeightInPoints(wanted);
        }
        return this;
    }

    int width(int firstCol, int lastCol) {
        int w = 0;
        for (int c = firstCol; c <= lastCol; c++) {
            w += columnChars[c];
        }
        return w;
    }

    static int estimateLines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < part.length(); i++) {
                w += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (w + widthChars - 1) / Math.max(1, widthChars - 1));
        }
        return lines;
    }

    /** A4 landscape, one page wide, as many pages tall as needed; the official forms are printed and stamped. */
    void printSetup() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
    }

    private Cell cell(int col, Kind kind) {
        Cell cell = row.getCell(col);
        if (cell == null) {
            cell = row.createCell(col);
        }
        cell.setCellStyle(styles.get(kind));
        return cell;
    }
}
