package org.jixiao.publication;

import org.jixiao.scoring.Grade;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the public may see: published, unclassified projects only. Every public read goes through here, so
 * nothing unpublished is reachable by any id. The list holds only projects whose self-evaluation is complete
 * (approved, or imported as historical); a published project without one shows only its targets.
 */
@Repository
public class PublicPortal {

    private static final String PUBLISHED = """
            from publication pub
            join project p on p.id = pub.project_id
            join organisation d on d.id = p.department_id
            join organisation u on u.id = p.unit_id
            """;

    private static final String PUBLIC = " where pub.published = true and p.classified = false";

    private static final String WITH_EVALUATION = PUBLISHED
            + " join self_evaluation se on se.project_id = p.id and se.status in ('APPROVED', 'HISTORICAL')" + PUBLIC;

    private static final String SELECT = """
            select p.id, p.name, d.name as department, u.name as unit, p.fiscal_year,
                   se.total_score, se.grade, se.execution_rate_pct, se.money_unit, se.full_year_budget, se.executed
            """ + WITH_EVALUATION;

    private static final String ORDER = " order by p.fiscal_year desc, d.name, u.name, p.name, p.id";

    private static final RowMapper<PublishedProject> ROW = (rs, i) -> new PublishedProject(rs.getLong("id"),
            rs.getString("name"), rs.getString("department"), rs.getString("unit"), rs.getInt("fiscal_year"),
            rs.getBigDecimal("total_score"), gradeOf(rs.getString("grade"), rs.getBigDecimal("total_score")),
            rs.getBigDecimal("execution_rate_pct"), rs.getString("money_unit"), rs.getBigDecimal("full_year_budget"),
            rs.getBigDecimal("executed"));

    private final NamedParameterJdbcTemplate jdbc;

    public PublicPortal(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published self-evaluation matching the filter, by year (newest first), department, unit and name. */
    public List<PublishedProject> list(PortalFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(SELECT + conditions(filter, params) + ORDER, params, ROW);
    }

    /** One page of {@link #list}, pages counted from 0. */
    public PortalPage page(PortalFilter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions(filter, params);
        long total = jdbc.queryForObject("select count(*) " + WITH_EVALUATION + where, params, Long.class);
        int last = (int) Math.max(0, (total - 1) / size);
        int current = Math.min(Math.max(page, 0), last);
        params.addValue("limit", size).addValue("offset", (long) current * size);
        List<PublishedProject> rows = jdbc.query(SELECT + where + ORDER + " limit :limit offset :offset", params, ROW);
        return new PortalPage(rows, total, current, last);
    }

    /** The published self-evaluation's row, if the project is published and its self-evaluation complete. */
    public Optional<PublishedProject> find(Long projectId) {
        return jdbc.query(SELECT + " and p.id = :id", new MapSqlParameterSource("id", projectId), ROW)
                .stream().findFirst();
    }

    /** True when the project is on the portal now (published and not classified). */
    public boolean isPublished(Long projectId) {
        Long n = jdbc.queryForObject("select count(*) " + PUBLISHED + PUBLIC + " and p.id = :id",
                new MapSqlParameterSource("id", projectId), Long.class);
        return n != null && n > 0;
    }

    /** The years and departments that have published self-evaluations, for the filters. */
    public List<Integer> years() {
        return jdbc.queryForList("select distinct p.fiscal_year " + WITH_EVALUATION + " order by p.fiscal_year desc",
                new MapSqlParameterSource(), Integer.class);
    }

    public List<String> departments() {
        return jdbc.queryForList("select distinct d.name " + WITH_EVALUATION + " order by d.name",
                new MapSqlParameterSource(), String.class);
    }

    private static String conditions(PortalFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (filter.year() != null) {
            sql.append(" and p.fiscal_year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.department() != null) {
            sql.append(" and d.name = :department");
            params.addValue("department", filter.department());
        }
        if (filter.nameContains() != null) {
            sql.append(" and p.name like :name escape '!'");
            params.addValue("name", "%" + escapeLike(filter.nameContains()) + "%");
        }
        return sql.toString();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The grade as printed; forms that print none (some historical ones) get the grade of their total. */
    private static String gradeOf(String printed, BigDecimal total) {
        if (printed != null && !printed.isBlank()) {
            return printed;
        }
        return total == null ? null : Grade.of(total).label();
    }

    /** Year, department (exact name) and part of the project name; blanks mean "any". */
    public record PortalFilter(Integer year, String department, String nameContains) {

        public PortalFilter {
            department = blankToNull(department);
            nameContains = blankToNull(nameContains);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** One row of the public list; amounts in the form's own money unit. */
    public record PublishedProject(Long projectId, String projectName, String department, String unit, int year,
                                   BigDecimal totalScore, String grade, BigDecimal executionRatePct,
                                   String moneyUnit, BigDecimal fullYearBudget, BigDecimal executed) {
    }

    /** One page of the public list: {@code page} and {@code lastPage} count from 0. */
    public record PortalPage(List<PublishedProject> rows, long total, int page, int lastPage) {
    }
}
