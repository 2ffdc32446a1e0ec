package org.jixiao.cockpit;

import org.jixiao.project.ProjectScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grade and score distributions, the grade filter and the per-department results, against the columns of
 * {@code self_evaluation} they read (created here in a bare H2 database).
 */
class CockpitGradesTest {

    private static final String SCHEMA = """
            create table organisation (id bigint primary key, name varchar(200), type varchar(20), parent_id bigint);
            create table project (id bigint primary key, fiscal_year int, name varchar(300), department_id bigint,
                unit_id bigint, stage varchar(32), step varchar(32), overdue boolean, returned boolean);
            insert into organisation values (1, '科委', 'DEPARTMENT', null), (2, '本部', 'UNIT', 1),
                (3, '城运', 'DEPARTMENT', null), (4, '城运本部', 'UNIT', 3);
            insert into project values (10, 2030, 'A', 1, 2, 'PUBLISHED', null, false, false),
                (11, 2030, 'B', 1, 2, 'PUBLISHED', null, false, false),
                (12, 2030, 'C', 3, 4, 'PUBLISHED', null, false, false),
                (13, 2030, 'D', 3, 4, 'SELF_EVALUATION', 'FILL', false, false),
                (14, 2031, 'E', 1, 2, 'PUBLISHED', null, false, false);
            """;
    private static final String SELF_EVALUATION = """
            create table self_evaluation (project_id bigint, money_unit varchar(4), full_year_budget decimal(18,2),
                executed decimal(18,2), execution_rate_pct decimal(9,2), total_score decimal(9,2), grade varchar(8));
            insert into self_evaluation values (10, '元', 1000000, 950000, 95, 92.5, '优'),
                (11, '万元', 100, 80, 80, 85, '良'), (12, '元', 100, 50, 50, 59.9, '差'), (14, '元', 100, 100, 100, 99, '优');
            """;

    private EmbeddedDatabase database;

    @AfterEach
    void shutdown() {
        database.shutdown();
    }

    @Test
    void gradesAndScoreBandsPerYearAndScope() {
        CockpitQueries queries = queries();
        assertThat(queries.grades(2030, ProjectScope.ALL)).containsOnly(Map.entry("优", 1L), Map.entry("良", 1L),
                Map.entry("差", 1L));
        assertThat(queries.grades(2030, new ProjectScope(1L, null))).containsOnly(Map.entry("优", 1L), Map.entry("良", 1L));
        assertThat(queries.scoreBands(2030, ProjectScope.ALL)).containsOnly(Map.entry("90-100", 1L),
                Map.entry("80-89", 1L), Map.entry("0-59", 1L));

        CockpitPage excellent = queries.projects(new CockpitFilter(2030, null, null, null, null, "优"),
                ProjectScope.ALL, 0, 20);
        assertThat(excellent.total()).isEqualTo(1);
        assertThat(excellent.items()).extracting(CockpitProject::name).containsExactly("A");
    }

    @Test
    void eachDepartmentShowsItsExecutionRateWeightedByBudgetAndItsMeanScore() {
        CockpitQueries queries = queries();
        List<CockpitRow> rows = queries.matrix(2030, ProjectScope.ALL);
        assertThat(rows).extracting(CockpitRow::department).containsExactly("城运", "科委");
        // 科委: (950,000 元 + 80 万元) / (1,000,000 元 + 100 万元); scores 92.5 and 85
        assertThat(rows.get(1).results()).isEqualTo(new DepartmentResults(new BigDecimal("87.50"), new BigDecimal("88.75")));
        // 城运: D has no self-evaluation yet, so only C counts
        assertThat(rows.get(0).results()).isEqualTo(new DepartmentResults(new BigDecimal("50.00"), new BigDecimal("59.90")));
        assertThat(queries.matrix(2031, ProjectScope.ALL).get(0).results().executionRatePct())
                .isEqualByComparingTo("100");
    }

    @Test
    void aDepartmentWithNothingScoredHasNoResultsRatherThanZero() {
        CockpitQueries queries = queries();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database);
        jdbc.getJdbcTemplate().execute("update self_evaluation set total_score = null where project_id = 12");
        assertThat(queries.matrix(2030, ProjectScope.ALL).get(0).results()).isEqualTo(DepartmentResults.NONE);
    }

    private CockpitQueries queries() {
        database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database);
        jdbc.getJdbcTemplate().execute(SCHEMA);
        jdbc.getJdbcTemplate().execute(SELF_EVALUATION);
        return new CockpitQueries(jdbc);
    }
}
