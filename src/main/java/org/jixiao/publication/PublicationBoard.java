package org.jixiao.publication;

import org.jixiao.project.Stage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Finance's view of a year's projects for publishing: stage, 涉密, and whether and why they are (not) public. */
@Repository
public class PublicationBoard {

    private final NamedParameterJdbcTemplate jdbc;

    public PublicationBoard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> projects(int year, String department) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year);
        String byDepartment = "";
        if (department != null && !department.isBlank()) {
            byDepartment = " and d.name = :department";
            params.addValue("department", department.strip());
        }
        return jdbc.query("""
                select p.id, p.name, d.name as department, u.name as unit, p.stage, p.classified,
                       coalesce(pub.published, false) as published, pub.unpublish_reason
                from project p
                join organisation d on d.id = p.department_id
                join organisation u on u.id = p.unit_id
                left join publication pub on pub.project_id = p.id
                where p.fiscal_year = :year""" + byDepartment + " order by d.name, u.name, p.name, p.id",
                params, (rs, i) -> new Entry(rs.getLong("id"), rs.getString("name"), rs.getString("department"),
                        rs.getString("unit"), Stage.valueOf(rs.getString("stage")), rs.getBoolean("classified"),
                        rs.getBoolean("published"), rs.getString("unpublish_reason")));
    }

    /** One project of the board; {@code unpublishReason} is set when it was taken off the portal. */
    public record Entry(Long projectId, String projectName, String department, String unit, Stage stage,
                        boolean classified, boolean published, String unpublishReason) {
    }
}
