package org.jixiao.workflow;

import org.jixiao.project.Project;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;

/**
 * A task about to be completed, as handed to every {@link TaskCompletionHook}. The project is the one the
 * completion has locked and loaded with its organisations, so hooks need not read it again.
 */
public record CompletingTask(String taskId, Project project, Step step, Decision decision, String comment,
                             CurrentUser user) {

    public Long projectId() {
        return project.getId();
    }

    public Stage stage() {
        return project.getStage();
    }
}
