package org.jixiao.publication;

import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.ProjectWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 信息公开: finance puts approved self-evaluations (and with them the approved targets) on the public portal,
 * or takes them off with a reason. Classified (涉密) projects are never published.
 */
@Service
public class PublicationService {

    private final ProjectRepository projects;
    private final PublicationRepository publications;
    private final ProjectWorkflow workflow;
    private final ProjectHistory history;

    public PublicationService(ProjectRepository projects, PublicationRepository publications,
                              ProjectWorkflow workflow, ProjectHistory history) {
        this.projects = projects;
        this.publications = publications;
        this.workflow = workflow;
        this.history = history;
    }

    /** Publishes the given projects, or all projects of a year and department; says which were refused and why. */
    @Transactional
    public PublishResult publish(PublishRequest request, CurrentUser user) {
        requireFinanceAdmin(user);
        List<Project> candidates = candidates(request);
        List<PublishResult.Published> published = new ArrayList<>();
        List<PublishResult.Refused> refused = new ArrayList<>();
        Actor actor = Actor.of(user);
        for (Project project : candidates) {
            String reason = refusal(project);
            if (reason != null) {
                refused.add(new PublishResult.Refused(project.getId(), project.getName(), reason));
                continue;
            }
            if (project.getStage() == Stage.WAITING_PUBLICATION) {
                workflow.publish(project.getId());
            }
            Publication entry = publications.findByProjectId(project.getId())
                    .orElseGet(() -> new Publication(project.getId()));
            entry.publish(user.getUsername());
            publications.save(entry);
            history.record(project.getId(), Stage.PUBLISHED, HistoryAction.PUBLISHED, null, actor);
            published.add(new PublishResult.Published(project.getId(), project.getName()));
        }
        return new PublishResult(published, refused);
    }

    /** Takes a published project off the portal; the reason is required and kept in the history. */
    @Transactional
    public void unpublish(Long projectId, String reason, CurrentUser user) {
        requireFinanceAdmin(user);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "撤销公开必须填写原因");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("reason", "原因不能超过500字");
        }
        Publication publication = publications.findByProjectId(projectId)
                .filter(Publication::isPublished)
                .orElseThrow(() -> new NotFoundException("该项目未公开"));
        publication.unpublish(user.getUsername(), reason.strip());
        history.record(projectId, Stage.PUBLISHED, HistoryAction.UNPUBLISHED, reason.strip(), Actor.of(user));
    }

    private List<Project> candidates(PublishRequest request) {
        if (request.projectIds() != null && !request.projectIds().isEmpty()) {
            List<Project> found = projects.findByIdIn(request.projectIds());
            if (found.size() != request.projectIds().stream().distinct().count()) {
                throw new InvalidInputException("projectIds", "项目不存在");
            }
            return found;
        }
        if (request.year() == null || request.department() == null || request.department().isBlank()) {
            throw new InvalidInputException("projectIds", "请指定项目，或指定年度和主管部门");
        }
        return projects.findByFiscalYearAndDepartment_NameOrderByName(request.year(), request.department().strip());
    }

    private String refusal(Project project) {
        if (project.isClassified()) {
            return "涉密项目不予公开";
        }
        boolean publishedNow = publications.existsByProjectIdAndPublishedTrue(project.getId());
        if (publishedNow) {
            return "已公开";
        }
        if (project.getStage() != Stage.WAITING_PUBLICATION && project.getStage() != Stage.PUBLISHED) {
            return "绩效自评尚未审核通过（当前阶段：" + project.getStage().label() + "）";
        }
        return null;
    }

    private static void requireFinanceAdmin(CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以公开或撤销公开");
        }
    }

    public record PublishRequest(List<Long> projectIds, Integer year, String department) {
    }

    /** Serializable: the page carries it to the next request as a flash attribute in the stored session. */
    public record PublishResult(List<Published> published, List<Refused> refused) implements Serializable {

        public record Published(Long projectId, String projectName) implements Serializable {
        }

        public record Refused(Long projectId, String projectName, String reason) implements Serializable {
        }
    }
}
