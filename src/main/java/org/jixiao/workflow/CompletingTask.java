package org.jixiao.workflow;

import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;

/** A task about to be completed, as handed to every {@link TaskCompletionHook}. */
public record CompletingTask(String taskId, Long projectId, Stage stage, Step step, Decision decision,
                             String comment, CurrentUser user) {
}
