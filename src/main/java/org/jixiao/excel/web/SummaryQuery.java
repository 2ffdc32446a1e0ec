package org.jixiao.excel.web;

import org.jixiao.cockpit.CockpitFilter;
import org.jixiao.project.Stage;

import java.time.Year;

/** The summary download's request parameters: the cockpit's filters, the year defaulting to this year. */
public record SummaryQuery(Integer year, Long department, Long unit, Stage stage, Boolean overdue, String grade) {

    CockpitFilter toFilter() {
        return new CockpitFilter(year == null ? Year.now().getValue() : year, department, unit, stage, overdue,
                grade == null || grade.isBlank() ? null : grade);
    }
}
