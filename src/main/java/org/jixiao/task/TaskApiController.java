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

    @GetMapping
    public List<TaskView> openTasks(@AuthenticationPrincipal CurrentUser user) {
        return workflow.openTasks(user);
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
