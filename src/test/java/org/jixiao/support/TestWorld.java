package org.jixiao.support;

import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Actor;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectService;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates projects and acts as the demo users through the application's own services, for tests that share
 * one application context: each test takes a fresh fiscal year so that they never see each other's data.
 */
public final class TestWorld {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    private final ProjectService projects;
    private final ProjectWorkflow workflow;
    private final OrganisationRepository organisations;
    private final JixiaoUserDetailsService accounts;

    private TestWorld(ApplicationContext context) {
        this.projects = context.getBean(ProjectService.class);
        this.workflow = context.getBean(ProjectWorkflow.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.accounts = context.getBean(JixiaoUserDetailsService.class);
    }

    public static TestWorld of(ApplicationContext context) {
        return new TestWorld(context);
    }

    public static int freshYear() {
        return YEARS.getAndIncrement();
    }

    public CurrentUser user(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    public Project project(int year, String name, String unitName) {
        Long unitId = organisations.findByName(unitName).orElseThrow().getId();
        return projects.create(new ProjectService.NewProject(year, name, ProjectCategory.RECURRING, unitId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false), Actor.SYSTEM);
    }

    public TaskView task(String username, Long projectId) {
        return workflow.openTasks(user(username)).stream()
                .filter(t -> t.projectId().equals(projectId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no open task of project " + projectId));
    }

    public void act(String username, Long projectId, Decision decision, String comment) {
        workflow.complete(task(username, projectId).taskId(), decision, comment, user(username));
    }
}
