package org.jixiao.publication;

import org.jixiao.publication.PublicPortal.PublishedProject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year/department summary table of published self-evaluations: per department, the number of projects,
 * the mean total score, the number of each grade, and budget and execution in 万元 (forms kept in 元 are
 * converted so that departments add up), with one total row per year.
 */
public record PortalSummary(List<Line> lines) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** {@code department} is {@code null} on a year's total line. */
    public record Line(int year, String department, int projects, BigDecimal meanScore, int excellent, int good,
                       int pass, int poor, BigDecimal fullYearBudgetWan, BigDecimal executedWan,
                       BigDecimal executionRatePct) {

        public boolean total() {
            return department == null;
        }
    }

    /** Rows as {@link PublicPortal#list} orders them: by year (newest first), then department. */
    public static PortalSummary of(List<PublishedProject> rows) {
        List<Line> lines = new ArrayList<>();
        Map<Integer, List<PublishedProject>> byYear = group(rows, PublishedProject::year);
        byYear.forEach((year, ofYear) -> {
            group(ofYear, PublishedProject::department).forEach((dept, ofDept) -> lines.add(line(year, dept, ofDept)));
            lines.add(line(year, null, ofYear));
        });
        return new PortalSummary(lines);
    }

    private static <K> Map<K, List<PublishedProject>> group(List<PublishedProject> rows,
                                                           Function<PublishedProject, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static Line line(int year, String department, List<PublishedProject> rows) {
        List<BigDecimal> scores = rows.stream().map(PublishedProject::totalScore).filter(s -> s != null).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        BigDecimal budget = wan(rows, PublishedProject::fullYearBudget);
        BigDecimal executed = wan(rows, PublishedProject::executed);
        BigDecimal rate = budget.signum() == 0 ? null
                : executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.DOWN);
        return new Line(year, department, rows.size(), mean, count(rows, "优"), count(rows, "良"), count(rows, "中"),
                count(rows, "差"), budget.setScale(2, RoundingMode.HALF_UP), executed.setScale(2, RoundingMode.HALF_UP),
                rate);
    }

    private static int count(List<PublishedProject> rows, String grade) {
        return (int) rows.stream().filter(r -> grade.equals(r.grade())).count();
    }

    private static BigDecimal wan(List<PublishedProject> rows, Function<PublishedProject, BigDecimal> amount) {
        return rows.stream()
                .filter(r -> amount.apply(r) != null)
                .map(r -> "万元".equals(r.moneyUnit()) ? amount.apply(r)
                        : amount.apply(r).divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
