package org.jixiao.cockpit;

import org.jixiao.project.Stage;
import org.jixiao.project.Step;

/** One line of the drill-down list, read straight from the project table with its organisations' names. */
public record CockpitProject(Long id, String name, int year, Long departmentId, String department, Long unitId,
                             String unit, Stage stage, Step step, boolean overdue, boolean returned) {

    public String stageLabel() {
        return stage.label();
    }

    public String stepLabel() {
        return step == null ? "" : step.label();
    }
}
