package org.jixiao.cockpit;

import org.jixiao.project.Stage;

import java.util.Map;

/**
 * One department's line of the cockpit matrix. Per-department figures from other tables (execution rate,
 * average score of the self-evaluations) join as further components filled by one grouped query keyed by
 * {@code departmentId}, like {@link CockpitQueries#matrix}.
 */
public record CockpitRow(Long departmentId, String department, Map<Stage, StageCounts> stages) {

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
