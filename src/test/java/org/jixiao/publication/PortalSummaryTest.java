package org.jixiao.publication;

import org.jixiao.publication.PublicPortal.PublishedProject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortalSummaryTest {

    @Test
    void departmentsOfAYearAddUpInWanYuanWithGradesCountedAndAYearTotal() {
        List<PublishedProject> rows = List.of(
                row(2023, "区科委", "96", "优", "元", "1000000", "900000"),
                row(2023, "区科委", "70", "中", "万元", "100", "100"),
                row(2023, "区城运中心", "55", "差", "元", null, null),
                row(2022, "区科委", null, null, "元", "0", "0"));
        List<PortalSummary.Line> lines = PortalSummary.of(rows).lines();

        assertThat(lines).extracting(PortalSummary.Line::year, PortalSummary.Line::department)
                .containsExactly(tuple(2023, "区科委"), tuple(2023, "区城运中心"), tuple(2023, null),
                        tuple(2022, "区科委"), tuple(2022, null));
        PortalSummary.Line science = lines.get(0);
        assertThat(science.projects()).isEqualTo(2);
        assertThat(science.meanScore()).isEqualByComparingTo("83.00");
        assertThat(List.of(science.excellent(), science.good(), science.pass(), science.poor()))
                .containsExactly(1, 0, 1, 0);
        assertThat(science.fullYearBudgetWan()).isEqualByComparingTo("200.00");
        assertThat(science.executedWan()).isEqualByComparingTo("190.00");
        assertThat(science.executionRatePct()).isEqualByComparingTo("95.00");
        PortalSummary.Line total2023 = lines.get(2);
        assertThat(total2023.total()).isTrue();
        assertThat(total2023.projects()).isEqualTo(3);
        assertThat(total2023.meanScore()).isEqualByComparingTo("73.67");
        assertThat(total2023.poor()).isEqualTo(1);
        // no score, no budget: nothing to average, no rate
        assertThat(lines.get(3).meanScore()).isNull();
        assertThat(lines.get(3).executionRatePct()).isNull();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static PublishedProject row(int year, String department, String score, String grade, String unit,
                                        String budget, String executed) {
        return new PublishedProject(1L, "项目", department, department + "本部", year,
                score == null ? null : new BigDecimal(score), grade, null, unit,
                budget == null ? null : new BigDecimal(budget), executed == null ? null : new BigDecimal(executed));
    }
}
