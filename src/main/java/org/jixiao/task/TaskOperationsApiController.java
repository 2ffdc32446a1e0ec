package org.jixiao.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.TaskOperations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Transfer, delegate and resolve a task; a finance admin's jump of a project back to an earlier step. */
@RestController
public class TaskOperationsApiController {

    private final TaskOperations operations;

    public TaskOperationsApiController(TaskOperations operations) {
        this.operations = operations;
    }

    @PostMapping("/api/tasks/{taskId}/transfer")
    public ResponseEntity<Void> transfer(@PathVariable String taskId, @Valid @RequestBody ColleagueRequest request,
                                         @AuthenticationPrincipal CurrentUser user) {
        operations.transfer(taskId, request.toUser(), user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/delegate")
    public ResponseEntity<Void> delegate(@PathVariable String taskId, @Valid @RequestBody ColleagueRequest request,
                                         @AuthenticationPrincipal CurrentUser user) {
        operations.delegate(taskId, request.toUser(), user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/resolve")
    public ResponseEntity<Void> resolve(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        operations.resolve(taskId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/projects/{projectId}/jump")
    public ResponseEntity<Void> jump(@PathVariable Long projectId, @Valid @RequestBody JumpRequest request,
                                     @AuthenticationPrincipal CurrentUser user) {
        operations.jump(projectId, request.step(), request.comment(), user);
        return ResponseEntity.noContent().build();
    }

    public record ColleagueRequest(@NotBlank(message = "请选择同事") String toUser) {
    }

    public record JumpRequest(@NotNull(message = "请选择环节") Step step,
                              @Size(max = 2000, message = "意见不能超过2000字") String comment) {
    }
}
