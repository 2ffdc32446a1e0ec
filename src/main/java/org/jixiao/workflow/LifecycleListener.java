package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Project#getStage()} and {@link Project#getStep()} in step with the process, so that lists and
 * the cockpit read positions from our own table with plain aggregate queries. Called from the BPMN's
 * execution listeners, inside the engine's (and so the caller's) transaction.
 */
@Component("lifecycleListener")
public class LifecycleListener {

    private final ProjectRepository projects;

    public LifecycleListener(ProjectRepository projects) {
        this.projects = projects;
    }

    /** A user or service step of a form stage starts; the stage comes from the call activity's variable. */
    public void onStep(DelegateExecution execution, String step) {
        Stage stage = Stage.valueOf((String) execution.getVariable(ProcessKeys.VAR_STAGE));
        project(execution).moveTo(stage, Step.valueOf(step));
    }

    /** The project waits between stages, or has ended. */
    public void onWaiting(DelegateExecution execution, String stage) {
        project(execution).moveTo(Stage.valueOf(stage), null);
    }

    private Project project(DelegateExecution execution) {
        Long projectId = (Long) execution.getVariable(ProcessKeys.VAR_PROJECT_ID);
        return projects.findById(projectId)
                .orElseThrow(() -> new IllegalStateException("process of unknown project " + projectId));
    }
}
