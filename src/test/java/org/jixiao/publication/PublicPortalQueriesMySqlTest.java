package org.jixiao.publication;

import org.jixiao.publication.PublicPortal.PortalFilter;
import org.jixiao.publication.PublicPortal.PublishedProject;
import org.jixiao.support.MySqlQueriesTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's SQL on MySQL: only published, unclassified, final forms; filters, LIKE escaping and paging. */
class PublicPortalQueriesMySqlTest extends MySqlQueriesTest {

    private PublicPortal portal;

    @Override
    protected void insertRows(NamedParameterJdbcTemplate jdbc) {
        // 1–3 published; 4 published but classified; 5 published with a draft form; 6 taken off; 7 never
        jdbc.getJdbcTemplate().execute("""
                insert into project (id, fiscal_year, name, category, department_id, unit_id, classified, stage, step,
                                     returned, overdue, created_at, version)
                values (1, 2030, '科普100%工作', 'RECURRING', 1, 2, false, 'PUBLISHED', null, false, false, now(3), 0),
                       (2, 2030, '科普1000工作', 'RECURRING', 1, 2, false, 'PUBLISHED', null, false, false, now(3), 0),
                       (3, 2030, '城运平台', 'RECURRING', 3, 4, false, 'PUBLISHED', null, false, false, now(3), 0),
                       (4, 2030, '保密', 'RECURRING', 1, 2, true, 'PUBLISHED', null, false, false, now(3), 0),
                       (5, 2030, '草稿', 'RECURRING', 1, 2, false, 'PUBLISHED', null, false, false, now(3), 0),
                       (6, 2030, '撤下', 'RECURRING', 1, 2, false, 'PUBLISHED', null, false, false, now(3), 0),
                       (7, 2030, '未公开', 'RECURRING', 1, 2, false, 'WAITING_PUBLICATION', null, false, false, now(3), 0)
                """);
        jdbc.getJdbcTemplate().execute("""
                insert into self_evaluation (project_id, version, status, updated_at, money_unit, total_score, grade,
                                             full_year_budget, executed)
                values (1, 0, 'APPROVED', now(3), '元', 96.00, null, 100.00, 90.00),
                       (2, 0, 'HISTORICAL', now(3), '万元', 80.56, '良', 1.00, 1.00),
                       (3, 0, 'APPROVED', now(3), '元', 59.00, '差', null, null),
                       (4, 0, 'APPROVED', now(3), '元', 90.00, '优', null, null),
                       (5, 0, 'DRAFT', now(3), '元', 90.00, '优', null, null),
                       (6, 0, 'APPROVED', now(3), '元', 90.00, '优', null, null),
                       (7, 0, 'APPROVED', now(3), '元', 90.00, '优', null, null)
                """);
        jdbc.getJdbcTemplate().execute("""
                insert into publication (project_id, published, published_at, published_by)
                values (1, true, now(3), 'finance'), (2, true, now(3), 'finance'), (3, true, now(3), 'finance'),
                       (4, true, now(3), 'finance'), (5, true, now(3), 'finance'), (6, false, now(3), 'finance')
                """);
        portal = new PublicPortal(jdbc);
    }

    @Test
    void onlyPublishedUnclassifiedFinalFormsAreListedOrFound() {
        assertThat(portal.list(new PortalFilter(2030, null, null))).extracting(PublishedProject::projectId)
                .containsExactly(3L, 1L, 2L); // 城运 before 科委 by name, then by project name
        assertThat(portal.find(1L)).get().extracting(PublishedProject::grade).isEqualTo("优"); // graded by its total
        for (long hidden = 4; hidden <= 8; hidden++) {
            assertThat(portal.find(hidden)).isEmpty();
        }
        assertThat(portal.isPublished(5L)).isTrue(); // its targets may show, its draft self-evaluation not
        assertThat(portal.isPublished(4L)).isFalse();
        assertThat(portal.isPublished(6L)).isFalse();
        assertThat(portal.departments()).containsExactly("城运", "科委");
        assertThat(portal.years()).containsExactly(2030);
    }

    @Test
    void filtersEscapeLikeAndPagesCountFromZero() {
        assertThat(portal.list(new PortalFilter(2030, "科委", "100%"))).extracting(PublishedProject::projectId)
                .containsExactly(1L);
        assertThat(portal.list(new PortalFilter(2031, null, null))).isEmpty();
        PublicPortal.PortalPage second = portal.page(new PortalFilter(null, " 科委 ", " 科普"), 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.lastPage()).isEqualTo(1);
        assertThat(second.rows()).extracting(PublishedProject::projectId).containsExactly(2L);
        assertThat(portal.page(new PortalFilter(null, null, null), 99, 2).page()).isEqualTo(1);
    }
}
