package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sheet by its printed labels rather than fixed coordinates, so a user who inserted a row
 * or widened a merge can still import; values inside a merged block read as the block's value.
 * Problems are collected into the caller's list instead of thrown, so one upload reports them all.
 */
final class SheetReader {

    private final Sheet sheet;
    private final List<ExcelProblem> problems;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    SheetReader(Sheet sheet, List<ExcelProblem> problems) {
        this.sheet = sheet;
        this.problems = problems;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** First cell (top-down, left-right, from {@code fromRow}) whose trimmed text equals {@code label}. */
    CellAddress find(String label, int fromRow) {
        for (int r = Math.max(0, fromRow); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && label.equals(normaliseLabel(cell.getStringCellValue()))) {
                    return cell.getAddress();
                }
            }
        }
        return null;
    }

    /** Column of {@code label} in row {@code r} at or after {@code fromCol}, or -1. */
    int findInRow(int r, String label, int fromCol) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return -1;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= fromCol && cell.getCellType() == CellType.STRING
                    && label.equals(normaliseLabel(cell.getStringCellValue()))) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /** Column of a required header in a table's header row; a missing header is a problem. */
    int column(int headerRow, String header) {
        int c = findInRow(headerRow, header, 0);
        if (c < 0) {
            problems.add(new ExcelProblem(sheetName(), headerRow + 1, null, null,
                    "表头缺少“" + header + "”列，不是本系统的模板或模板已被改动"));
        }
        return c;
    }

    /** Like {@link #find} but a missing label is a "wrong template" problem. */
    CellAddress require(String label, int fromRow) {
        CellAddress at = find(label, fromRow);
        if (at == null) {
            problems.add(new ExcelProblem(sheetName(), null, null, null,
                    "找不到“" + label + "”，不是本系统的模板或模板已被改动"));
        }
        return at;
    }

    /** First cell with a regex match, e.g. the year line or the money unit label. */
    CellAddress findMatching(String regex, int fromRow, int toRow) {
        for (int r = Math.max(0, fromRow); r <= Math.min(toRow, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && normaliseLabel(cell.getStringCellValue()).matches(regex)) {
                    return cell.getAddress();
                }
            }
        }
        return null;
    }

    /** Column of the first cell right of {@code label}'s (possibly merged) cell. */
    int rightOf(CellAddress label) {
        CellRangeAddress region = merged.get(key(label.getRow(), label.getColumn()));
        return region == null ? label.getColumn() + 1 : region.getLastColumn() + 1;
    }

    /** Row after {@code label}'s (possibly merged) cell. */
    int below(CellAddress label) {
        CellRangeAddress region = merged.get(key(label.getRow(), label.getColumn()));
        return region == null ? label.getRow() + 1 : region.getLastRow() + 1;
    }

    /** Last row covered by the merge containing the cell (the cell's own row when not merged). */
    int mergeLastRow(int r, int c) {
        CellRangeAddress region = merged.get(key(r, c));
        return region == null ? r : region.getLastRow();
    }

    /** The cell's text exactly as stored; blank is {@code null}, a number reads as Excel displays it in General. */
    String text(int r, int c) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
    }

    /** Trimmed text with blank as {@code null}; for codes and names typed by users. */
    String trimmed(int r, int c) {
        String s = text(r, c);
        if (s == null) {
            return null;
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /** A numeric cell as a canonical BigDecimal; blank is {@code null}; text is a problem. */
    BigDecimal number(int r, int c, String label) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return canonical(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
        }
        if (type == CellType.STRING && cell.getStringCellValue().isBlank() || type == CellType.BLANK) {
            return null;
        }
        problem(r, c, label, "应为数字，实际为“" + text(r, c) + "”");
        return null;
    }

    /** A percent cell (stored as a fraction) as percent points: 0.569 reads as 56.9. */
    BigDecimal percent(int r, int c, String label) {
        BigDecimal fraction = number(r, c, label);
        return fraction == null ? null : canonical(fraction.movePointRight(2));
    }

    /** A date cell, or text {@code yyyy-MM-dd} typed by a user. */
    LocalDate date(int r, int c, String label) {
        Cell cell = cell(r, c);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String s = trimmed(r, c);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            problem(r, c, label, "应为日期（如 2022-01-01），实际为“" + s + "”");
            return null;
        }
    }

    void problem(int r, int c, String label, String message) {
        problems.add(new ExcelProblem(sheetName(), r + 1, CellReference.convertNumToColString(c), label, message));
    }

    void problem(String message) {
        problems.add(new ExcelProblem(sheetName(), null, null, null, message));
    }

    /** Cell at (r, c), or the top-left cell of the merged block containing it. */
    private Cell cell(int r, int c) {
        CellRangeAddress region = merged.get(key(r, c));
        if (region != null) {
            r = region.getFirstRow();
            c = region.getFirstColumn();
        }
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** Labels may carry stray spaces or line breaks from manual editing. */
    static String normaliseLabel(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    /** One representation per value (no trailing zeros, never an exponent), so imported data compares equal. */
    static BigDecimal canonical(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
