package org.jixiao.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jixiao.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/projects")
public class ProjectApiController {

    private final ProjectService projects;
    private final ProjectHistory history;

    public ProjectApiController(ProjectService projects, ProjectHistory history) {
        this.projects = projects;
        this.history = history;
    }

    @GetMapping
    public List<ProjectSummary> list(@RequestParam(required = false) Integer year,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size,
                                     @AuthenticationPrincipal CurrentUser user) {
        return projects.list(user, year, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)))
                .map(ProjectSummary::of).getContent();
    }

    @GetMapping("/{id}")
    public ProjectSummary get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return ProjectSummary.of(projects.findVisible(id, user));
    }

    @GetMapping("/{id}/history")
    public List<HistoryLine> history(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        projects.findVisible(id, user);
        return history.of(id).stream().map(HistoryLine::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FINANCE_ADMIN')")
    public ProjectSummary create(@Valid @RequestBody CreateProjectRequest request,
                                 @AuthenticationPrincipal CurrentUser user) {
        Project created = projects.create(new ProjectService.NewProject(request.year(), request.name().strip(),
                request.category(), request.unitId(), request.plannedStart(), request.plannedEnd(),
                Boolean.TRUE.equals(request.classified())), Actor.of(user));
        return ProjectSummary.of(projects.findVisible(created.getId(), user));
    }

    public record CreateProjectRequest(
            @NotNull(message = "请填写年度") @Min(value = FiscalYears.FIRST, message = FiscalYears.INVALID) @Max(value = FiscalYears.LAST, message = FiscalYears.INVALID) Integer year,
            @NotBlank(message = "请填写项目名称") @Size(max = 300, message = "项目名称不能超过300字") String name,
            @NotNull(message = "请选择项目类别") ProjectCategory category,
            @NotNull(message = "请选择实施单位") Long unitId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            Boolean classified) {
    }

    public record ProjectSummary(Long id, int year, String name, ProjectCategory category, String department,
                                 String unit, Stage stage, String stageLabel, Step step, boolean returned,
                                 boolean classified) {
        static ProjectSummary of(Project p) {
            return new ProjectSummary(p.getId(), p.getFiscalYear(), p.getName(), p.getCategory(),
                    p.getDepartment().getName(), p.getUnit().getName(), p.getStage(), p.getStage().label(),
                    p.getStep(), p.isReturned(), p.isClassified());
        }
    }

    public record HistoryLine(Instant at, String actor, String organisation, Stage stage, HistoryAction action,
                              String actionLabel, String comment) {
        static HistoryLine of(ProjectHistoryEntry e) {
            return new HistoryLine(e.getOccurredAt(), e.getActorName(), e.getOrganisationName(), e.getStage(),
                    e.getAction(), e.getAction().label(), e.getComment());
        }
    }
}
