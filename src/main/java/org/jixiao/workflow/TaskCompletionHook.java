package org.jixiao.workflow;

import java.util.Map;

/**
 * Lets a feature take part in a task completion without the workflow knowing it: the forms check and
 * freeze their data on submit, an approved adjustment becomes a new target version, and so on. Hooks run
 * inside the completing transaction, before the engine moves on; an exception vetoes the completion and
 * rolls everything back.
 */
public interface TaskCompletionHook {

    /**
     * @param variables process variables the completion will set; a hook may add its own decisions
     *                  (e.g. {@code adjustmentRequested}), never business data
     */
    void beforeComplete(CompletingTask task, Map<String, Object> variables);
}
