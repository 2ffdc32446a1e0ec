package org.jixiao.task;

import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.StageOpeningRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.Year;

@Controller
@PreAuthorize("hasRole('FINANCE_ADMIN')")
public class StagePageController {

    private final ProjectWorkflow workflow;
    private final StageOpeningRepository openings;

    public StagePageController(ProjectWorkflow workflow, StageOpeningRepository openings) {
        this.workflow = workflow;
        this.openings = openings;
    }

    @GetMapping("/stages")
    String stages(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? Year.now().getValue() : year;
        model.addAttribute("year", shown);
        model.addAttribute("openings", openings.findByFiscalYearOrderByOpenedAt(shown));
        return "stages";
    }

    @PostMapping("/stages")
    String open(@RequestParam int year, @RequestParam Stage stage,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, year + "年度" + stage.label() + "已开启",
                () -> workflow.openStage(year, stage, deadline, user));
        return "redirect:/stages?year=" + year;
    }
}
