package org.jixiao.quality;

import org.jixiao.scoring.Grade;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grading form on finance's declaration review page. */
@Controller
public class QualityPageController {

    private final DeclarationGrading grading;

    public QualityPageController(DeclarationGrading grading) {
        this.grading = grading;
    }

    /** {@code grade} is 优, 良, 中 or 差. */
    @PostMapping("/tasks/{taskId}/declaration-grade")
    String grade(@PathVariable String taskId, @RequestParam(required = false) String grade,
                 @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
                 RedirectAttributes redirect) {
        Grade g = Grade.fromLabel(grade);
        String done = g == null ? "" : "已评为“" + g.label() + "”，" + switch (g) {
            case EXCELLENT, GOOD -> "审核通过";
            case PASS -> "已退回单位修改";
            case POOR -> "项目目标不予通过";
        };
        boolean ok = PageActions.run(redirect, done, () -> grading.grade(taskId, g, comment, user));
        return ok ? "redirect:/tasks" : "redirect:/tasks/" + taskId;
    }
}
