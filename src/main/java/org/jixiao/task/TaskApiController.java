package org.jixiao.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's open tasks and the decisions on them. */
@RestController
@RequestMapping("/api/tasks")
public class TaskApiController {

    private final ProjectWorkflow workflow;

    public TaskApiController(ProjectWorkflow workflow) {
        this.workflow = workflow;
    }

    /** The caller's open tasks, oldest first, a page at a time; the total is in {@code X-Total-Count}. */
    @GetMapping
    public ResponseEntity<List<TaskView>> openTasks(@RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "100") int size,
                                                    @AuthenticationPrincipal CurrentUser user) {
        ProjectWorkflow.TaskPage found = workflow.openTasks(user, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total())).body(found.tasks());
    }

    @GetMapping("/{taskId}")
    public TaskView task(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return workflow.find(taskId, user);
    }

    @PostMapping("/{taskId}/claim")
    public ResponseEntity<Void> claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        workflow.claim(taskId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    public ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody CompleteRequest request,
                                         @AuthenticationPrincipal CurrentUser user) {
        workflow.complete(taskId, request.decision(), request.comment(), user);
        return ResponseEntity.noContent().build();
    }

    public record CompleteRequest(@NotNull(message = "请选择办理意见") Decision decision,
                                  @Size(max = 2000, message = "意见不能超过2000字") String comment) {
    }
}
