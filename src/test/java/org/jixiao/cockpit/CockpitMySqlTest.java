package org.jixiao.cockpit;

import org.jixiao.project.ProjectScope;
import org.jixiao.project.Stage;
import org.jixiao.support.MySqlQueriesTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration and the cockpit's SQL on MySQL: the overdue column, the indexes, grouping, filters and paging. */
class CockpitMySqlTest extends MySqlQueriesTest {

    private CockpitQueries queries;

    @Override
    protected void insertRows(NamedParameterJdbcTemplate jdbc) {
        jdbc.getJdbcTemplate().execute("""
                insert into project (fiscal_year, name, category, department_id, unit_id, classified, stage, step,
                                     returned, overdue, created_at, version)
                values (2030, 'A', 'RECURRING', 1, 2, false, 'DECLARATION', 'FILL', false, true, now(3), 0),
                       (2030, 'B', 'RECURRING', 1, 2, false, 'DECLARATION', 'FILL', true, false, now(3), 0),
                       (2030, 'C', 'RECURRING', 1, 2, false, 'MONITORING', 'DEPT_REVIEW', false, false, now(3), 0),
                       (2030, 'D', 'RECURRING', 3, 4, false, 'DECLARATION', 'FILL', false, true, now(3), 0),
                       (2031, 'E', 'RECURRING', 3, 4, false, 'DECLARATION', 'FILL', false, true, now(3), 0)
                """);
        queries = new CockpitQueries(jdbc);
    }

    @Test
    void theMatrixGroupsByDepartmentAndStage() {
        List<CockpitRow> rows = queries.matrix(2030, ProjectScope.ALL);
        assertThat(rows).extracting(CockpitRow::department).containsExactly("城运", "科委");
        CockpitRow science = rows.get(1);
        assertThat(science.at(Stage.DECLARATION)).isEqualTo(new StageCounts(2, 1, 1));
        assertThat(science.at(Stage.MONITORING)).isEqualTo(new StageCounts(1, 0, 0));
        assertThat(rows.get(0).at(Stage.DECLARATION)).isEqualTo(new StageCounts(1, 1, 0));
        assertThat(queries.matrix(2030, new ProjectScope(3L, null))).extracting(CockpitRow::department)
                .containsExactly("城运");
        assertThat(science.results()).isEqualTo(DepartmentResults.NONE);
    }

    @Test
    void theDrillDownFiltersAndPages() {
        CockpitPage overdue = queries.projects(new CockpitFilter(2030, null, null, Stage.DECLARATION, true, null),
                ProjectScope.ALL, 0, 1);
        assertThat(overdue.total()).isEqualTo(2);
        assertThat(overdue.items()).extracting(CockpitProject::name).containsExactly("D");
        CockpitPage second = queries.projects(new CockpitFilter(2030, null, null, Stage.DECLARATION, true, null),
                ProjectScope.ALL, 1, 1);
        assertThat(second.items()).extracting(CockpitProject::name).containsExactly("A");
        assertThat(queries.projects(new CockpitFilter(2030, null, 2L, null, null, null), new ProjectScope(1L, null), 0, 10)
                .total()).isEqualTo(3);
    }
}
