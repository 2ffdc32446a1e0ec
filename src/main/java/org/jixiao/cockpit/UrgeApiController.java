package org.jixiao.cockpit;

import org.jixiao.project.FiscalYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jixiao.common.InvalidInputException;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** 催办 by project ids, or all (late) units of a stage of a year. */
@RestController
public class UrgeApiController {

    private final Urging urging;

    public UrgeApiController(Urging urging) {
        this.urging = urging;
    }

    @PostMapping("/api/urge")
    public Urging.Result urge(@Valid @RequestBody UrgeRequest request, @AuthenticationPrincipal CurrentUser user) {
        if (request.projectIds() != null) {
            return urging.urgeProjects(request.projectIds(), user);
        }
        if (request.year() == null) {
            throw new InvalidInputException("year", "请填写年度，或选择要催办的项目");
        }
        if (request.stage() == null) {
            throw new InvalidInputException("stage", "请选择阶段");
        }
        return urging.urgeStage(request.year(), request.stage(), Boolean.TRUE.equals(request.overdueOnly()), user);
    }

    /** Either {@code projectIds}, or {@code year} and {@code stage} (with {@code overdueOnly}). */
    public record UrgeRequest(List<Long> projectIds,
                              @Min(value = FiscalYears.FIRST, message = FiscalYears.INVALID) @Max(value = FiscalYears.LAST, message = FiscalYears.INVALID) Integer year,
                              Stage stage, Boolean overdueOnly) {
    }
}
