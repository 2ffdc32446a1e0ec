package org.jixiao.task;

import org.jixiao.project.FiscalYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.ProjectWorkflow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/** Finance opens a stage for a whole year. */
@RestController
@RequestMapping("/api/stages")
public class StageApiController {

    private final ProjectWorkflow workflow;

    public StageApiController(ProjectWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/open")
    public Map<String, Object> open(@Valid @RequestBody OpenStageRequest request, @AuthenticationPrincipal CurrentUser user) {
        int moved = workflow.openStage(request.year(), request.stage(), request.deadline(), user);
        return Map.of("year", request.year(), "stage", request.stage(), "projectsMoved", moved);
    }

    public record OpenStageRequest(@NotNull(message = "请填写年度") @Min(value = FiscalYears.FIRST, message = FiscalYears.INVALID)
                                   @Max(value = FiscalYears.LAST, message = FiscalYears.INVALID) Integer year,
                                   @NotNull(message = "请选择阶段") Stage stage,
                                   LocalDate deadline) {
    }
}
