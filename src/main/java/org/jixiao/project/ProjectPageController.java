package org.jixiao.project;

import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.jixiao.workflow.ProjectWorkflow;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class ProjectPageController {

    private final ProjectService projects;
    private final ProjectHistory history;
    private final ProjectWorkflow workflow;

    public ProjectPageController(ProjectService projects, ProjectHistory history, ProjectWorkflow workflow) {
        this.projects = projects;
        this.history = history;
        this.workflow = workflow;
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("projects", projects.list(user, year, PageRequest.of(Math.max(page, 0), 100)).getContent());
        return "projects";
    }

    @GetMapping("/projects/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Project project = projects.findVisible(id, user);
        model.addAttribute("project", project);
        model.addAttribute("history", history.of(id));
        model.addAttribute("canWithdraw", user.isUnit() && user.has(Role.UNIT_FILLER)
                && project.getStep() == Step.DEPT_REVIEW);
        return "project";
    }

    @PostMapping("/projects/{id}/withdraw")
    String withdraw(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, "已撤回，可修改后重新提交", () -> workflow.withdraw(id, user));
        return "redirect:/projects/" + id;
    }
}
