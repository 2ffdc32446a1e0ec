package org.jixiao.cockpit;

import org.jixiao.project.Stage;

/** The drill-down's filters; {@code null} means "any". */
public record CockpitFilter(int year, Long departmentId, Long unitId, Stage stage, Boolean overdue, String grade) {
}
