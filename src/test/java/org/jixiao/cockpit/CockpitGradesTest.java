package org.jixiao.cockpit;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.project.ProjectScope;
import org.jixiao.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The grade and score distributions and the grade filter, against the {@code self_evaluation} table the
 * evaluation feature will bring (its agreed columns, created here in a bare H2 database), and without it.
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
            create table self_evaluation (project_id bigint, full_year_budget decimal(18,2), executed decimal(18,2),
                execution_rate_pct decimal(9,2), total_score decimal(9,2), grade varchar(8));
            insert into self_evaluation values (10, 100, 95, 95, 92.5, '优'), (11, 100, 80, 80, 85, '良'),
                (12, 100, 50, 50, 59.9, '差'), (14, 100, 100, 100, 99, '优');
            """;

    private EmbeddedDatabase database;

    @AfterEach
    void shutdown() {
        database.shutdown();
    }

    @Test
    void gradesAndScoreBandsPerYearAndScope() {
        CockpitQueries queries = queries(true);
        assertThat(queries.gradesAvailable()).isTrue();
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
    void withoutTheTableThereAreNoGradesAndNoGradeFilter() {
        CockpitQueries queries = queries(false);
        assertThat(queries.gradesAvailable()).isFalse();
        assertThat(queries.grades(2030, ProjectScope.ALL)).isEmpty();
        assertThat(queries.scoreBands(2030, ProjectScope.ALL)).isEmpty();
        CurrentUser finance = new CurrentUser(1, "finance", "", "王科长", 1, "财政局", OrganisationType.FINANCE, null,
                EnumSet.of(Role.FINANCE_ADMIN), true);
        Cockpit cockpit = new Cockpit(queries, mock(OrganisationRepository.class));
        assertThatThrownBy(() -> cockpit.projects(new CockpitFilter(2030, null, null, null, null, "优"), 0, 20, finance))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("grade"));
        assertThat(cockpit.projects(new CockpitFilter(2030, null, null, null, null, null), 0, 20, finance).total())
                .isEqualTo(4);
    }

    private CockpitQueries queries(boolean withSelfEvaluation) {
        database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database);
        jdbc.getJdbcTemplate().execute(SCHEMA);
        if (withSelfEvaluation) {
            jdbc.getJdbcTemplate().execute(SELF_EVALUATION);
        }
        return new CockpitQueries(jdbc);
    }
}
