package org.jixiao.demo;

import org.jixiao.declaration.DeclarationStore;
import org.jixiao.monitoring.MonitoringStore;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Actor;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectService;
import org.jixiao.project.ProjectService.NewProject;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Walks a few demo projects of one year to different stages, through the same services the pages use,
 * acting as the demo users.
 */
@Component
@Profile("demo")
public class DemoProjects {

    private final ProjectService projects;
    private final ProjectWorkflow workflow;
    private final OrganisationRepository organisations;
    private final JixiaoUserDetailsService accounts;
    private final DeclarationStore declarations;
    private final MonitoringStore monitorings;

    public DemoProjects(ProjectService projects, ProjectWorkflow workflow, OrganisationRepository organisations,
                        JixiaoUserDetailsService accounts, DeclarationStore declarations, MonitoringStore monitorings) {
        this.projects = projects;
        this.workflow = workflow;
        this.organisations = organisations;
        this.accounts = accounts;
        this.declarations = declarations;
        this.monitorings = monitorings;
    }

    public void walk(int year) {
        CurrentUser unit = user("unit");
        CurrentUser unit2 = user("unit2");
        CurrentUser dept = user("dept");
        CurrentUser finance = user("finance");

        create(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);

        Project innovation = create(year, "科技创新项目", DemoData.INNOVATION_CENTRE);
        declarations.saveDraft(innovation.getId(), DemoForms.declaration(year), null, unit2);
        act(unit2, innovation, Decision.SUBMIT, null);

        Project platform = create(year, "上海低碳技术创新功能型平台建设", DemoData.SCIENCE_COMMITTEE_OWN);
        Project poverty = create(year, "东西部扶贫帮困", DemoData.SCIENCE_COMMITTEE_OWN);
        for (Project p : new Project[]{platform, poverty}) {
            declarations.saveDraft(p.getId(), DemoForms.declaration(year), null, unit);
            act(unit, p, Decision.SUBMIT, null);
            act(dept, p, Decision.APPROVE, "目标设置合理，同意。");
            act(finance, p, Decision.APPROVE, "同意。");
        }
        workflow.openStage(year, Stage.MONITORING, LocalDate.of(year, 7, 31), finance);
        monitorings.saveDraft(poverty.getId(), DemoForms.monitoring(year), null, unit);
        act(unit, poverty, Decision.SUBMIT, null);
    }

    private Project create(int year, String name, String unitName) {
        Long unitId = organisations.findByName(unitName).orElseThrow().getId();
        return projects.create(new NewProject(year, name, ProjectCategory.RECURRING, unitId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false), Actor.SYSTEM);
    }

    private void act(CurrentUser user, Project project, Decision decision, String comment) {
        TaskView task = workflow.openTasks(user).stream()
                .filter(t -> t.projectId().equals(project.getId()))
                .findFirst().orElseThrow();
        workflow.complete(task.taskId(), decision, comment, user);
    }

    private CurrentUser user(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
