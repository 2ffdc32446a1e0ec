package org.jixiao.form;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one form, each with its JSON path in the exchange format
 * ({@code indicators[2].name}), so that the API and the pages can show every problem at once.
 */
public final class FormChecks {

    public static final int NAME_MAX = 200;
    public static final int VALUE_MAX = 200;
    public static final int REASON_MAX = 2000;
    public static final int LONG_TEXT_MAX = 10000;
    public static final Set<String> MONEY_UNITS = Set.of("元", "万元");

    /** Amounts up to decimal(18,2). */
    private static final BigDecimal MONEY_MAX = new BigDecimal("9999999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String prefix;
    private final List<FieldProblem> problems = new ArrayList<>();

    public FormChecks() {
        this("");
    }

    /** Problems with paths under {@code prefix}, e.g. {@code [3].} for the fourth form of an import. */
    public FormChecks(String prefix) {
        this.prefix = prefix;
    }

    public FormChecks add(String path, String message) {
        problems.add(new FieldProblem(prefix + path, message));
        return this;
    }

    public FormChecks required(String path, Object value, String label) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(path, "请填写" + label);
        }
        return this;
    }

    public FormChecks text(String path, String value, int max, String label) {
        if (value != null && value.length() > max) {
            add(path, label + "不能超过" + max + "字");
        }
        return this;
    }

    /** A non-negative amount with at most two decimals. */
    public FormChecks money(String path, BigDecimal value) {
        if (value == null) {
            return this;
        }
        if (value.signum() < 0) {
            add(path, "金额不能为负数");
        } else if (value.compareTo(MONEY_MAX) > 0) {
            add(path, "金额过大");
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(path, "金额最多保留两位小数");
        }
        return this;
    }

    /** A weight or score: 0..100 with at most two decimals. */
    public FormChecks points(String path, BigDecimal value) {
        if (value == null) {
            return this;
        }
        if (value.signum() < 0) {
            add(path, "不能为负数");
        } else if (value.compareTo(HUNDRED) > 0) {
            add(path, "不能超过100");
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(path, "最多保留两位小数");
        }
        return this;
    }

    public FormChecks moneyUnit(String path, String unit) {
        if (unit != null && !MONEY_UNITS.contains(unit)) {
            add(path, "金额单位只能是“元”或“万元”");
        }
        return this;
    }

    /** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 (blank parts count as 0). */
    public FormChecks fundsAddUp(String path, BigDecimal total, BigDecimal... parts) {
        if (total == null) {
            return this;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            sum = part == null ? sum : sum.add(part);
        }
        if (sum.compareTo(total) != 0) {
            add(path, "年度资金总额应等于当年财政拨款、上年结转资金与其他资金之和（" + sum.toPlainString() + "）");
        }
        return this;
    }

    /** A complete indicator row names its level 1, level 2 and level 3. */
    public FormChecks indicatorNamed(String path, String level1, String level2, String name) {
        return required(path + ".level1", level1, "一级指标")
                .required(path + ".level2", level2, "二级指标")
                .required(path + ".name", name, "三级指标名称");
    }

    /** An indicator row of any draft: a valid level-1/level-2 pair and names of sane length. */
    public FormChecks indicator(String path, String level1, String level2, String name) {
        if (level1 != null && !level1.isBlank() && !IndicatorTree.LEVELS.containsKey(level1.strip())) {
            add(path + ".level1", "一级指标只能是产出指标、效益指标或满意度指标");
        } else if (level1 != null && level2 != null && !level2.isBlank() && !IndicatorTree.isValidPair(level1, level2)) {
            add(path + ".level2", "“" + level2 + "”不属于一级指标“" + level1 + "”");
        }
        text(path + ".level1", level1, 20, "一级指标");
        text(path + ".level2", level2, 20, "二级指标");
        text(path + ".name", name, NAME_MAX, "三级指标名称");
        return this;
    }

    /** Every level 1 (产出, 效益, 满意度) has at least one indicator. */
    public FormChecks allLevel1Present(String path, List<String> level1s) {
        Set<String> present = new LinkedHashSet<>();
        level1s.forEach(l -> present.add(l == null ? "" : l.strip()));
        for (String level1 : IndicatorTree.LEVELS.keySet()) {
            if (!present.contains(level1)) {
                add(path, "缺少" + level1);
            }
        }
        return this;
    }

    /** Checks each row of a list at {@code path[k]}; a missing row is a problem of its own. */
    public <T> FormChecks each(String path, List<T> rows, java.util.function.BiConsumer<String, T> check) {
        List<T> in = rows == null ? List.of() : rows;
        for (int k = 0; k < in.size(); k++) {
            String at = path + "[" + k + "]";
            if (in.get(k) == null) {
                add(at, "缺少此行");
            } else {
                check.accept(at, in.get(k));
            }
        }
        return this;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
