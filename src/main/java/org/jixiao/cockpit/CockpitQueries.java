package org.jixiao.cockpit;

import org.jixiao.project.ProjectScope;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the cockpit as one aggregate SQL query over {@code project} joined to {@code organisation}:
 * the work stays in the database whatever the number of projects. The grade figures read the
 * {@code self_evaluation} table of the evaluation feature when that table exists.
 */
@Repository
public class CockpitQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean gradesAvailable;

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
                    id -> new CockpitRow(id, department, new EnumMap<>(Stage.class)));
            row.stages().put(Stage.valueOf(rs.getString("stage")),
                    new StageCounts(rs.getLong("total"), rs.getLong("overdue"), rs.getLong("returned")));
        });
        return new ArrayList<>(rows.values());
    }

    /** How many self-evaluations got each grade; empty while the evaluation feature's table is missing. */
    public Map<String, Long> grades(int year, ProjectScope scope) {
        Map<String, Long> grades = new LinkedHashMap<>();
        if (!gradesAvailable()) {
            return grades;
        }
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
        if (!gradesAvailable()) {
            return bands;
        }
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

    /** Whether the evaluation feature's {@code self_evaluation} table exists (it arrives with another branch). */
    public boolean gradesAvailable() {
        if (gradesAvailable == null) {
            gradesAvailable = jdbc.getJdbcTemplate().execute((Connection c) -> hasTable(c, "self_evaluation"));
        }
        return gradesAvailable;
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }


}
