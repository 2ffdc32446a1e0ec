package org.jixiao.quality;

import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.IndicatorTree;
import org.jixiao.indicator.IndicatorDirection;
import org.jixiao.scoring.Comparator;
import org.jixiao.scoring.Direction;
import org.jixiao.scoring.ParsedValue;
import org.jixiao.scoring.ValueKind;
import org.jixiao.scoring.ValueParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The target quality check of one declaration (docs/quality-rules.md): pure rules over the form, the indicator
 * library and last year's actuals, which the caller looks up. Thread-safe.
 */
public final class TargetQualityChecker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Names that promise a number: a rate, a count, people-times, days, amounts. 数字/数据/数码 do not count. */
    private static final Pattern NUMERIC_NAME = Pattern.compile("率|人次|场次|金额|面积|时长|数(?![字据码智])");

    /** The library's view of an indicator: is it quantitative, and what is a typical target. */
    public record LibraryHint(IndicatorDirection direction, String typicalTarget) {
    }

    /** The library indicator of that category and name usable for this declaration, if any. */
    @FunctionalInterface
    public interface LibraryLookup {
        Optional<LibraryHint> find(String level2, String name);
    }

    /** Last year's actual (实际完成值) of the same indicator of the same project, if known. */
    @FunctionalInterface
    public interface LastYearActuals {
        Optional<String> actual(String level1, String level2, String name);

        LastYearActuals NONE = (level1, level2, name) -> Optional.empty();
    }

    /**
     * @param budgetWeight the budget-execution weight the indicator weights are completed with (10 by default)
     */
    public record Context(LibraryLookup library, LastYearActuals lastYear, BigDecimal budgetWeight) {
        public Context {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(lastYear, "lastYear");
            Objects.requireNonNull(budgetWeight, "budgetWeight");
        }
    }

    private TargetQualityChecker() {
    }

    public static List<Finding> check(TargetDeclarationForm form, Context context) {
        List<TargetDeclarationForm.Indicator> indicators = form.indicators() == null ? List.of()
                : form.indicators().stream().filter(i -> i != null && !blank(i.name())).toList();
        List<Finding> findings = new ArrayList<>();
        missingLevel1(indicators, findings);
        weights(indicators, context.budgetWeight(), findings);
        Map<String, Integer> firstRow = new HashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            TargetDeclarationForm.Indicator i = indicators.get(k);
            String name = i.name().strip();
            Integer earlier = firstRow.putIfAbsent(compact(name), k + 1);
            if (earlier != null) {
                findings.add(Finding.of(FindingCode.DUPLICATE_INDICATOR, name, "三级指标“" + name + "”与第 " + earlier
                        + " 个指标重复，同一指标只应设置一次；如确为不同内容，请在名称中写明区别。"));
            }
            String target = blank(i.targetAnnual()) ? i.targetTotal() : i.targetAnnual();
            if (blank(target)) {
                continue;
            }
            ParsedValue parsed = ValueParser.parse(target);
            targetForm(i, name, target.strip(), parsed, context.library(), findings);
            lastYear(i, name, target.strip(), parsed, context.lastYear(), findings);
        }
        return findings;
    }

    private static void missingLevel1(List<TargetDeclarationForm.Indicator> indicators, List<Finding> findings) {
        Set<String> present = new LinkedHashSet<>();
        indicators.forEach(i -> present.add(i.level1() == null ? "" : i.level1().strip()));
        for (String level1 : IndicatorTree.LEVELS.keySet()) {
            if (!present.contains(level1)) {
                findings.add(Finding.of(FindingCode.LEVEL1_MISSING, level1, "一级指标“" + level1
                        + "”下没有设置任何三级指标，产出、效益、满意度三类指标都应至少设置一个。"));
            }
        }
    }

    private static void weights(List<TargetDeclarationForm.Indicator> indicators, BigDecimal budgetWeight,
                                List<Finding> findings) {
        long given = indicators.stream().filter(i -> i.weight() != null).count();
        if (given == 0) {
            return;
        }
        if (given < indicators.size()) {
            findings.add(Finding.of(FindingCode.WEIGHT_SUM, null, "已有 " + given + " 个指标填写了分值，另有 "
                    + (indicators.size() - given) + " 个未填写：分值要么全部填写，要么全部不填。"));
            return;
        }
        BigDecimal sum = indicators.stream().map(TargetDeclarationForm.Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.add(budgetWeight).compareTo(HUNDRED) != 0) {
            findings.add(Finding.of(FindingCode.WEIGHT_SUM, null, "各指标分值合计 " + plain(sum) + "，加上预算执行率分值 "
                    + plain(budgetWeight) + " 为 " + plain(sum.add(budgetWeight)) + "，应为 100；指标分值合计应为 "
                    + plain(HUNDRED.subtract(budgetWeight)) + "。"));
        }
    }

    /** At most one finding on how the target is written: satisfaction first, then the library, then the name. */
    private static void targetForm(TargetDeclarationForm.Indicator i, String name, String target, ParsedValue parsed,
                                   LibraryLookup library, List<Finding> findings) {
        if (name.contains("满意") && !(parsed.kind() == ValueKind.QUANTITATIVE && "%".equals(parsed.unit()))) {
            findings.add(Finding.of(FindingCode.SATISFACTION_NOT_PERCENT, name, "满意度指标“" + name + "”的目标值“"
                    + target + "”不是百分比，满意度应以调查得到的百分比衡量，例如“≥90%”。"));
            return;
        }
        if (parsed.kind() != ValueKind.QUALITATIVE) {
            return;
        }
        Optional<LibraryHint> hint = library.find(i.level2(), name)
                .filter(h -> h.direction() != null && h.direction().isQuantitative());
        if (hint.isPresent()) {
            String typical = hint.get().typicalTarget();
            findings.add(Finding.of(FindingCode.QUALITATIVE_WHERE_QUANTITATIVE, name, "指标库中“" + name + "”是定量指标"
                    + (blank(typical) ? "" : "（典型指标值“" + typical + "”）") + "，目标值“" + target
                    + "”只是文字描述，无法衡量完成程度，建议改为具体数值。"));
        } else if (NUMERIC_NAME.matcher(name).find()) {
            findings.add(Finding.of(FindingCode.TARGET_NOT_NUMERIC, name, "从名称看“" + name + "”是一个数值指标，但目标值“"
                    + target + "”不是数值，建议写成比较符、数值和单位，例如“≥95%”或“=12次”。"));
        }
    }

    private static void lastYear(TargetDeclarationForm.Indicator i, String name, String target, ParsedValue parsed,
                                 LastYearActuals lastYear, List<Finding> findings) {
        if (parsed.kind() != ValueKind.QUANTITATIVE || parsed.value() == null) {
            return;
        }
        Optional<String> actualText = lastYear.actual(i.level1(), i.level2(), name);
        if (actualText.isEmpty()) {
            return;
        }
        ParsedValue actual = ValueParser.parse(actualText.get());
        if (actual.kind() != ValueKind.QUANTITATIVE || actual.value() == null
                || !Objects.equals(parsed.unit(), actual.unit())) {
            return;
        }
        BigDecimal done = actual.valueTo() != null ? actual.valueTo() : actual.value();
        boolean weak;
        if (parsed.direction() == Direction.REVERSE) {
            // ≤ 0 cannot be tightened further.
            weak = parsed.value().signum() > 0 && parsed.value().compareTo(done) >= 0;
        } else {
            BigDecimal aim = parsed.comparator() == Comparator.RANGE ? parsed.valueTo() : parsed.value();
            // 100 % and 0 are limits, not weak targets.
            boolean limit = aim.signum() == 0 || ("%".equals(parsed.unit()) && aim.compareTo(HUNDRED) >= 0);
            weak = !limit && aim.compareTo(done) <= 0;
        }
        if (weak) {
            String side = parsed.direction() == Direction.REVERSE ? "不低于" : "不高于";
            findings.add(Finding.of(FindingCode.TARGET_BELOW_LAST_YEAR, name, "本项目上年“" + name + "”实际完成“"
                    + actualText.get().strip() + "”，本年目标值“" + target + "”" + side + "上年实际，指标值设定偏低，"
                    + "请结合上年完成情况提高目标。"));
        }
    }

    private static String compact(String name) {
        return name.replaceAll("\\s+", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
