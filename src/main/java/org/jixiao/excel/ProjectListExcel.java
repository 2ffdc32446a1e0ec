package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.jixiao.excel.SheetWriter.Kind.LABEL;
import static org.jixiao.excel.SheetWriter.Kind.PLAIN;

/**
 * The year's project list: an empty template for download, and a strict import. A file is
 * accepted whole or refused whole with every problem listed, because half an imported project list
 * is worse than none.
 */
@Component
public class ProjectListExcel {

    static final String SHEET = "项目清单";
    static final Set<String> CATEGORIES = Set.of("经常性项目", "一次性项目", "跨年度项目");

    /** Columns of the template; the first seven are required, in any order, in the header row. */
    enum Col {
        NAME("项目名称", true, 36), CATEGORY("项目类别", true, 14), DEPARTMENT("主管部门", true, 30),
        UNIT("实施单位", true, 30), START("计划开始日期", true, 14), END("计划结束日期", true, 14),
        TOTAL("年度资金总额", true, 16), APPROPRIATION("当年财政拨款", false, 16), CARRYOVER("上年结转资金", false, 16),
        OTHER("其他资金", false, 16), MONEY_UNIT("金额单位", false, 10), SECRET("涉密", false, 8);

        final String header;
        final boolean required;
        final int width;

        Col(String header, boolean required, int width) {
            this.header = header;
            this.required = required;
            this.width = width;
        }
    }

    /** Longest project name the project table holds. */
    private static final int MAX_NAME = 300;

    /** How far down a user may have put a title above the header row. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private final WorkbookOpener opener;

    public ProjectListExcel() {
        this(ExcelLimits.defaults());
    }

    @Autowired
    public ProjectListExcel(ExcelLimits limits) {
        this.opener = new WorkbookOpener(limits);
    }

    /** The empty list with its header row, drop-downs for 项目类别/金额单位/涉密, and an example-free body. */
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            int[] widths = new int[Col.values().length];
            for (Col c : Col.values()) {
                widths[c.ordinal()] = c.width;
            }
            SheetWriter w = new SheetWriter(sheet, new SheetWriter.Styles(wb), widths);
            w.newRow(LABEL);
            for (Col c : Col.values()) {
                w.text(c.ordinal(), c.header, LABEL);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            list(sheet, dv, Col.CATEGORY, CATEGORIES.stream().sorted().toArray(String[]::new));
            list(sheet, dv, Col.MONEY_UNIT, new String[]{"元", "万元"});
            list(sheet, dv, Col.SECRET, new String[]{"是", "否"});
            w.printSetup();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void list(Sheet sheet, DataValidationHelper dv, Col col, String[] values) {
        var validation = dv.createValidation(dv.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 5000, col.ordinal(), col.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /**
     * Parses the first sheet; throws {@link ExcelImportException} with all problems if anything is wrong.
     */
    public List<ProjectListRow> importList(InputStream in, ProjectListLookup lookup) {
        try (XSSFWorkbook wb = opener.open(in)) {
            List<ExcelProblem> problems = new ArrayList<>();
            SheetReader r = new SheetReader(wb.getSheetAt(0), problems);
            List<ProjectListRow> rows = read(r, lookup);
            if (problems.isEmpty() && rows.isEmpty()) {
                r.problem("没有项目数据（表头下面是空的）");
            }
            if (!problems.isEmpty()) {
                throw new ExcelImportException(problems);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ProjectListRow> read(SheetReader r, ProjectListLookup lookup) {
        CellAddress name = r.findMatching(Col.NAME.header, 0, HEADER_SEARCH_ROWS);
        if (name == null) {
            r.problem("前" + HEADER_SEARCH_ROWS + "行中找不到表头“项目名称”，请使用系统提供的项目清单模板");
            return List.of();
        }
        int header = name.getRow();
        Map<Col, Integer> cols = new HashMap<>();
        for (Col c : Col.values()) {
            int at = r.findInRow(header, c.header, 0);
            if (at >= 0) {
                cols.put(c, at);
            } else if (c.required) {
                r.column(header, c.header); // records the missing-header problem
            }
        }
        if (cols.keySet().stream().filter(c -> c.required).count() < 7) {
            return List.of();
        }

        List<ProjectListRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        for (int row = header + 1; row <= r.lastRow(); row++) {
            if (blankRow(r, row, cols)) {
                continue;
            }
            String projectName = required(r, row, cols, Col.NAME);
            String category = required(r, row, cols, Col.CATEGORY);
            String dept = required(r, row, cols, Col.DEPARTMENT);
            String unit = required(r, row, cols, Col.UNIT);
            LocalDate start = date(r, row, cols, Col.START, true);
            LocalDate end = date(r, row, cols, Col.END, true);
            BigDecimal total = money(r, row, cols, Col.TOTAL, true);
            BigDecimal appropriation = money(r, row, cols, Col.APPROPRIATION, false);
            BigDecimal carryover = money(r, row, cols, Col.CARRYOVER, false);
            BigDecimal other = money(r, row, cols, Col.OTHER, false);
            String moneyUnit = optional(r, row, cols, Col.MONEY_UNIT);
            String secret = optional(r, row, cols, Col.SECRET);

            if (category != null && !CATEGORIES.contains(category)) {
                problem(r, row, cols, Col.CATEGORY, "应为经常性项目、一次性项目或跨年度项目，实际为“" + category + "”");
            }
            if (start != null && end != null && end.isBefore(start)) {
                problem(r, row, cols, Col.END, "计划结束日期早于计划开始日期");
            }
            if (moneyUnit != null && !moneyUnit.equals("元") && !moneyUnit.equals("万元")) {
                problem(r, row, cols, Col.MONEY_UNIT, "应为“元”或“万元”，实际为“" + moneyUnit + "”");
            }
            if (secret != null && !secret.equals("是") && !secret.equals("否")) {
                problem(r, row, cols, Col.SECRET, "应为“是”或“否”，实际为“" + secret + "”");
            }
            if (projectName != null && projectName.length() > MAX_NAME) {
                problem(r, row, cols, Col.NAME, "项目名称不能超过" + MAX_NAME + "字");
            }
            if (projectName != null) {
                Integer first = firstRowOfName.putIfAbsent(projectName, row + 1);
                if (first != null) {
                    problem(r, row, cols, Col.NAME, "项目名称“" + projectName + "”与第" + first + "行重复");
                }
            }
            if (dept != null && !lookup.departmentExists(dept)) {
                problem(r, row, cols, Col.DEPARTMENT, "系统中没有主管部门“" + dept + "”");
            } else if (dept != null && unit != null && !lookup.unitBelongs(unit, dept)) {
                problem(r, row, cols, Col.UNIT, "实施单位“" + unit + "”不存在或不属于“" + dept + "”");
            } else if (unit != null && projectName != null && lookup.projectExists(unit, projectName)) {
                problem(r, row, cols, Col.NAME, "本年度“" + unit + "”已有同名项目“" + projectName + "”");
            }
            rows.add(new ProjectListRow(row + 1, projectName, category, dept, unit, start, end, total, appropriation,
                    carryover, other, moneyUnit == null ? "元" : moneyUnit, "是".equals(secret)));
        }
        return rows;
    }

    private static boolean blankRow(SheetReader r, int row, Map<Col, Integer> cols) {
        for (int c : cols.values()) {
            if (r.trimmed(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    private static String required(SheetReader r, int row, Map<Col, Integer> cols, Col col) {
        String v = r.trimmed(row, cols.get(col));
        if (v == null) {
            problem(r, row, cols, col, "必填，不能为空");
        }
        return v;
    }

    private static String optional(SheetReader r, int row, Map<Col, Integer> cols, Col col) {
        Integer c = cols.get(col);
        return c == null ? null : r.trimmed(row, c);
    }

    private static LocalDate date(SheetReader r, int row, Map<Col, Integer> cols, Col col, boolean required) {
        LocalDate d = r.date(row, cols.get(col), col.header);
        if (d == null && required && r.trimmed(row, cols.get(col)) == null) {
            problem(r, row, cols, col, "必填，不能为空");
        }
        return d;
    }

    private static BigDecimal money(SheetReader r, int row, Map<Col, Integer> cols, Col col, boolean required) {
        Integer c = cols.get(col);
        if (c == null) {
            return null;
        }
        if (r.trimmed(row, c) == null) {
            if (required) {
                problem(r, row, cols, col, "必填，不能为空");
            }
            return null;
        }
        BigDecimal v = r.number(row, c, col.header);
        if (v != null && v.signum() < 0) {
            problem(r, row, cols, col, "金额不能为负数，实际为" + v.toPlainString());
        } else if (v != null && v.scale() > 2) {
            problem(r, row, cols, col, "金额最多两位小数，实际为" + v.toPlainString());
        }
        return v;
    }

    private static void problem(SheetReader r, int row, Map<Col, Integer> cols, Col col, String message) {
        r.problem(row, cols.get(col), col.header, message);
    }
}
