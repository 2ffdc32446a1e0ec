package org.jixiao.project;

import org.jixiao.common.ConflictException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/** Projects as their organisations may see them, and the creation of a project with its lifecycle. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final OrganisationRepository organisations;
    private final ProjectHistory history;
    private final ApplicationEventPublisher events;

    public ProjectService(ProjectRepository projects, OrganisationRepository organisations, ProjectHistory history,
                          ApplicationEventPublisher events) {
        this.projects = projects;
        this.organisations = organisations;
        this.history = history;
        this.events = events;
    }

    /** The project if the user's organisation may see it; another organisation's project is "not found". */
    @Transactional(readOnly = true)
    public Project findVisible(Long projectId, CurrentUser user) {
        return projects.findWithOrganisations(projectId)
                .filter(ProjectScope.of(user)::includes)
                .orElseThrow(() -> new NotFoundException("项目不存在或无权查看"));
    }

    @Transactional(readOnly = true)
    public Page<Project> list(CurrentUser user, Integer year, Pageable pageable) {
        return projects.findInScope(ProjectScope.of(user), year, pageable);
    }

    /** Creates the project and (through {@link ProjectCreated}) starts its lifecycle, in one transaction. */
    @Transactional
    public Project create(NewProject request, Actor actor) {
        Organisation unit = organisations.findById(request.unitId())
                .filter(o -> o.getType() == OrganisationType.UNIT)
                .orElseThrow(() -> new InvalidInputException("unitId", "实施单位不存在"));
        if (request.plannedStart() != null && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            throw new InvalidInputException("plannedEnd", "计划结束日期不能早于计划开始日期");
        }
        if (projects.existsByFiscalYearAndUnitIdAndName(request.year(), unit.getId(), request.name())) {
            throw new ConflictException("该单位本年度已有同名项目：" + request.name());
        }
        Project project = new Project(request.year(), request.name(), request.category(), unit,
                request.plannedStart(), request.plannedEnd());
        project.setClassified(request.classified());
        projects.save(project);
        history.record(project.getId(), Stage.DECLARATION, HistoryAction.CREATED, null, actor);
        events.publishEvent(new ProjectCreated(project.getId()));
        return project;
    }

    public record NewProject(int year, String name, ProjectCategory category, Long unitId,
                             LocalDate plannedStart, LocalDate plannedEnd, boolean classified) {
    }
}
