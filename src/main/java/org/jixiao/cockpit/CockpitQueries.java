package org.jixiao.cockpit;

import org.jixiao.project.ProjectScope;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Budget execution over all the department's self-evaluations (executed ÷ full-year budget) and their mean score. */
    private void addResults(Map<Long, CockpitRow> rows, int year, ProjectScope scope) {
        String sql = """
                select p.department_id as department_id, sum(s.executed) as executed,
                       sum(s.full_year_budget) as budget, avg(s.total_score) as average_score
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
                .addValue("year", filter.year())
                .addValue("department", filter.departmentId())
                .addValue("unit", filter.unitId())
                .addValue("stage", filter.stage() == null ? null : filter.stage().name())
                .addValue("overdue", filter.overdue())
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        // only the filters given become conditions, so the database can use the (year, department, stage) index
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
            params.addValue("grade", filter.grade());
        }
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
}
