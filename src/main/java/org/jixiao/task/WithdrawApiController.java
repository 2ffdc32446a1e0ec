package org.jixiao.task;

import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.ProjectWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The unit withdraws (撤回) a submission the department has not started on. */
@RestController
public class WithdrawApiController {

    private final ProjectWorkflow workflow;

    public WithdrawApiController(ProjectWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/projects/{projectId}/withdraw")
    public ResponseEntity<Void> withdraw(@PathVariable Long projectId, @AuthenticationPrincipal CurrentUser user) {
        workflow.withdraw(projectId, user);
        return ResponseEntity.noContent().build();
    }
}
