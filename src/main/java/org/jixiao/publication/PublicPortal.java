package org.jixiao.publication;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the public may see: published, unclassified projects only. Every public read goes through here, so
 * nothing unpublished is reachable by any id.
 */
@Repository
public class PublicPortal {

    private static final String SELECT = """
            select p.id, p.name, d.name as department, u.name as unit, p.fiscal_year,
                   se.total_score, se.grade, se.execution_rate_pct
            from publication pub
            join project p on p.id = pub.project_id
            join organisation d on d.id = p.department_id
            join organisation u on u.id = p.unit_id
            left join self_evaluation se on se.project_id = p.id
            where pub.published = true and p.classified = false
            """;

    private static final RowMapper<PublishedProject> ROW = (rs, i) -> new PublishedProject(rs.getLong("id"),
            rs.getString("name"), rs.getString("department"), rs.getString("unit"), rs.getInt("fiscal_year"),
            rs.getBigDecimal("total_score"), rs.getString("grade"), rs.getBigDecimal("execution_rate_pct"));

    private final NamedParameterJdbcTemplate jdbc;

    public PublicPortal(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedProject> list(Integer year, String department, String nameContains) {
        StringBuilder sql = new StringBuilder(SELECT);
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (year != null) {
            sql.append(" and p.fiscal_year = :year");
            params.addValue("year", year);
        }
        if (department != null && !department.isBlank()) {
            sql.append(" and d.name = :department");
            params.addValue("department", department.strip());
        }
        if (nameContains != null && !nameContains.isBlank()) {
            sql.append(" and p.name like :name escape '!'");
            params.addValue("name", "%" + escapeLike(nameContains.strip()) + "%");
        }
        sql.append(" order by p.fiscal_year desc, d.name, u.name, p.name");
        return jdbc.query(sql.toString(), params, ROW);
    }

    public Optional<PublishedProject> find(Long projectId) {
        return jdbc.query(SELECT + " and p.id = :id", new MapSqlParameterSource("id", projectId), ROW)
                .stream().findFirst();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** One row of the public list. */
    public record PublishedProject(Long projectId, String projectName, String department, String unit, int year,
                                   BigDecimal totalScore, String grade, BigDecimal executionRatePct) {
    }
}
