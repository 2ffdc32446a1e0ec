package org.jixiao.declaration;

import org.jixiao.project.ProjectService;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every approved version of a project's targets, oldest first. */
@Controller
public class TargetVersionPageController {

    private final TargetVersions versions;
    private final ProjectService projects;

    public TargetVersionPageController(TargetVersions versions, ProjectService projects) {
        this.versions = versions;
        this.projects = projects;
    }

    @GetMapping("/projects/{projectId}/target-versions")
    String versions(@PathVariable Long projectId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("project", projects.findVisible(projectId, user));
        model.addAttribute("targetVersions", versions.list(projectId, user));
        return "target-versions";
    }
}
