package org.jixiao.cockpit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jixiao.project.Stage;

import java.util.Map;

/**
 * One department's line of the cockpit matrix: projects per stage and the results of its scored self-evaluations
 * (unwrapped in JSON: {@code executionRatePct} and {@code averageScore} sit beside {@code stages}).
 */
public record CockpitRow(Long departmentId, String department, Map<Stage, StageCounts> stages,
                         @JsonUnwrapped DepartmentResults results) {

    CockpitRow withResults(DepartmentResults newResults) {
        return new CockpitRow(departmentId, department, stages, newResults);
    }

    public long total() {
        return stages.values().stream().mapToLong(StageCounts::count).sum();
    }

    public long overdue() {
        return stages.values().stream().mapToLong(StageCounts::overdue).sum();
    }

    public StageCounts at(Stage stage) {
        return stages.getOrDefault(stage, StageCounts.NONE);
    }
}
