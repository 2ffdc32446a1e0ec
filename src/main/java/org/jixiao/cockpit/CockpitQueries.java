package org.jixiao.cockpit;

import org.jixiao.excel.SummaryRow;
import org.jixiao.project.ProjectScope;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every figure of the cockpit as one aggregate SQL query over {@code project} joined to {@code organisation}:
 * the work stays in the database whatever the number of projects. The grade, score and execution figures
 * read the scored {@code self_evaluation} rows.
 */
@Repository
public class CockpitQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public CockpitQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Departments × stages: how many projects, how many overdue, how many returned. */
    public List<CockpitRow> matrix(int year, ProjectScope scope) {
        String sql = """
                select d.id as department_id, d.name as department, p.stage as stage, count(*) as total,
                       sum(case when p.overdue then 1 else 0 end) as overdue,
                       sum(case when p.returned then 1 else 0 end) as returned
                from project p join organisation d on d.id = p.department_id
                where p.fiscal_year = :year""" + ScopeSql.condition(scope) + """
                 group by d.id, d.name, p.stage
                order by d.name, d.id
                """;
        Map<Long, CockpitRow> rows = new LinkedHashMap<>();
        jdbc.query(sql, ScopeSql.params(scope).addValue("year", year), (ResultSet rs) -> {
            long departmentId = rs.getLong("department_id");
            String department = rs.getString("department");
            CockpitRow row = rows.computeIfAbsent(departmentId,
                    id -> new CockpitRow(id, department, new EnumMap<>(Stage.class), DepartmentResults.NONE));
            row.stages().put(Stage.valueOf(rs.getString("stage")),
                    new StageCounts(rs.getLong("total"), rs.getLong("overdue"), rs.getLong("returned")));
        });
        addResults(rows, year, scope);
        return new ArrayList<>(rows.values());
    }

    /**
     * Budget execution over all the department's scored self-evaluations (executed ÷ full-year budget, both in 元
     * whatever unit each form was filled in) and their mean score.
     */
    private void addResults(Map<Long, CockpitRow> rows, int year, ProjectScope scope) {
        String sql = """
                select p.department_id as department_id,
                       sum(s.executed * case when s.money_unit = '万元' then 10000 else 1 end) as executed,
                       sum(s.full_year_budget * case when s.money_unit = '万元' then 10000 else 1 end) as budget,
                       avg(s.total_score) as average_score
                from self_evaluation s join project p on p.id = s.project_id
                where p.fiscal_year = :year and s.total_score is not null""" + ScopeSql.condition(scope) + """
                 group by p.department_id
                """;
        jdbc.query(sql, ScopeSql.params(scope).addValue("year", year), (ResultSet rs) -> {
            CockpitRow row = rows.get(rs.getLong("department_id"));
            if (row != null) {
                rows.put(row.departmentId(), row.withResults(new DepartmentResults(
                        DepartmentResults.percent(rs.getBigDecimal("executed"), rs.getBigDecimal("budget")),
                        DepartmentResults.rounded(rs.getBigDecimal("average_score")))));
            }
        });
    }

    /** How many scored self-evaluations got each grade. */
    public Map<String, Long> grades(int year, ProjectScope scope) {
        Map<String, Long> grades = new LinkedHashMap<>();
        String sql = """
                select s.grade as grade, count(*) as total
                from self_evaluation s join project p on p.id = s.project_id
                where p.fiscal_year = :year and s.grade is not null""" + ScopeSql.condition(scope) + """
                 group by s.grade
                order by s.grade
                """;
        jdbc.query(sql, ScopeSql.params(scope).addValue("year", year),
                (ResultSet rs) -> {
                    grades.put(rs.getString("grade"), rs.getLong("total"));
                });
        return grades;
    }

    /** How many self-evaluation total scores fall into each band (below 60, 60–69, …, 90 and more). */
    public Map<String, Long> scoreBands(int year, ProjectScope scope) {
        Map<String, Long> bands = new LinkedHashMap<>();
        String sql = """
                select case when s.total_score >= 90 then '90-100' when s.total_score >= 80 then '80-89'
                            when s.total_score >= 70 then '70-79' when s.total_score >= 60 then '60-69'
                            else '0-59' end as band, count(*) as total
                from self_evaluation s join project p on p.id = s.project_id
                where p.fiscal_year = :year and s.total_score is not null""" + ScopeSql.condition(scope) + """
                 group by case when s.total_score >= 90 then '90-100' when s.total_score >= 80 then '80-89'
                              when s.total_score >= 70 then '70-79' when s.total_score >= 60 then '60-69'
                              else '0-59' end
                order by band
                """;
        jdbc.query(sql, ScopeSql.params(scope).addValue("year", year),
                (ResultSet rs) -> {
                    bands.put(rs.getString("band"), rs.getLong("total"));
                });
        return bands;
    }

    /** One page of the projects matching the filter within the scope, in department, unit, name order. */
    public CockpitPage projects(CockpitFilter filter, ProjectScope scope, int page, int size) {
        MapSqlParameterSource params = ScopeSql.params(scope)
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        String where = where(filter, scope, params);
        Long total = jdbc.queryForObject("select count(*) from project p " + where, params, Long.class);
        List<CockpitProject> items = jdbc.query("""
                select p.id, p.name, p.fiscal_year, p.department_id, d.name as department, p.unit_id,
                       u.name as unit, p.stage, p.step, p.overdue, p.returned
                from project p
                join organisation d on d.id = p.department_id
                join organisation u on u.id = p.unit_id
                """ + where + """
                 order by d.name, u.name, p.name, p.id
                limit :limit offset :offset
                """, params, (rs, i) -> new CockpitProject(rs.getLong("id"), rs.getString("name"),
                rs.getInt("fiscal_year"), rs.getLong("department_id"), rs.getString("department"),
                rs.getLong("unit_id"), rs.getString("unit"), Stage.valueOf(rs.getString("stage")),
                rs.getString("step") == null ? null : Step.valueOf(rs.getString("step")),
                rs.getBoolean("overdue"), rs.getBoolean("returned")));
        return new CockpitPage(items, page, size, total == null ? 0 : total);
    }

    /**
     * Every project matching the filter with its money figures, for the finance summary workbook: streamed
     * from the result set (close the stream), in the drill-down's order. Amounts are read from the
     * self-evaluation where there is one, else the monitoring form, else the declaration, each in its own
     * money unit and converted to 元.
     */
    public Stream<SummaryRow> summary(CockpitFilter filter, ProjectScope scope) {
        MapSqlParameterSource params = ScopeSql.params(scope);
        String where = where(filter, scope, params);
        return jdbc.queryForStream("""
                select d.name as department, u.name as unit, p.name, p.fiscal_year, p.stage, p.step, p.overdue,
                       s.money_unit as s_unit, s.initial_budget, s.full_year_budget, s.executed,
                       s.execution_rate_pct, s.total_score, s.grade,
                       m.money_unit as m_unit, m.annual_budget, m.executed_to_date,
                       t.money_unit as t_unit, t.annual_request
                from project p
                join organisation d on d.id = p.department_id
                join organisation u on u.id = p.unit_id
                left join self_evaluation s on s.project_id = p.id
                left join monitoring_form m on m.project_id = p.id
                left join target_declaration t on t.project_id = p.id
                """ + where + """
                 order by d.name, u.name, p.name, p.id
                """, params, (rs, i) -> {
            BigDecimal fromEvaluation = inYuan(rs, "s_unit", "full_year_budget");
            BigDecimal fullYear = first(fromEvaluation, inYuan(rs, "m_unit", "annual_budget"), inYuan(rs, "t_unit", "annual_request"));
            BigDecimal executed = first(inYuan(rs, "s_unit", "executed"), inYuan(rs, "m_unit", "executed_to_date"));
            BigDecimal rate = first(rs.getBigDecimal("execution_rate_pct"), DepartmentResults.percent(executed, fullYear));
            Step step = rs.getString("step") == null ? null : Step.valueOf(rs.getString("step"));
            String stage = Stage.valueOf(rs.getString("stage")).label() + (step == null ? "" : " · " + step.label());
            return new SummaryRow(rs.getString("department"), rs.getString("unit"), rs.getString("name"),
                    rs.getInt("fiscal_year"), first(inYuan(rs, "s_unit", "initial_budget"), inYuan(rs, "t_unit", "annual_request")),
                    fullYear, executed, rate, rs.getBigDecimal("total_score"), rs.getString("grade"), stage,
                    rs.getBoolean("overdue"));
        });
    }

    /** The filter and scope as a where clause; only the filters given become conditions, so indexes apply. */
    private static String where(CockpitFilter filter, ProjectScope scope, MapSqlParameterSource params) {
        params.addValue("year", filter.year())
                .addValue("department", filter.departmentId())
                .addValue("unit", filter.unitId())
                .addValue("stage", filter.stage() == null ? null : filter.stage().name())
                .addValue("overdue", filter.overdue())
                .addValue("grade", filter.grade());
        StringBuilder where = new StringBuilder(" where p.fiscal_year = :year").append(ScopeSql.condition(scope));
        if (filter.departmentId() != null) {
            where.append(" and p.department_id = :department");
        }
        if (filter.unitId() != null) {
            where.append(" and p.unit_id = :unit");
        }
        if (filter.stage() != null) {
            where.append(" and p.stage = :stage");
        }
        if (filter.overdue() != null) {
            where.append(" and p.overdue = :overdue");
        }
        if (filter.grade() != null) {
            where.append(" and exists (select 1 from self_evaluation s where s.project_id = p.id and s.grade = :grade)");
        }
        return where.toString();
    }

    /** An amount of a form in 元 (forms are kept in their own unit, 元 or 万元); {@code null} when blank. */
    private static BigDecimal inYuan(ResultSet rs, String unitColumn, String amountColumn) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(amountColumn);
        return amount == null || !"万元".equals(rs.getString(unitColumn)) ? amount : amount.movePointRight(4);
    }

    private static BigDecimal first(BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
