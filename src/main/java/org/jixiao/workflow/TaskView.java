package org.jixiao.workflow;

import org.jixiao.project.Stage;
import org.jixiao.project.Step;

import java.time.Instant;

/** An open user task as lists and pages show it. */
public record TaskView(
        String taskId,
        Long projectId,
        String projectName,
        int year,
        String departmentName,
        String unitName,
        Stage stage,
        Step step,
        Instant since,
        Instant due,
        String assignee,
        boolean returned) {

    public String stageLabel() {
        return stage.label();
    }

    public String stepLabel() {
        return step.label();
    }
}
