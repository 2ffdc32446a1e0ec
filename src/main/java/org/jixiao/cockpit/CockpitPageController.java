package org.jixiao.cockpit;

import org.jixiao.organisation.OrganisationType;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.jixiao.web.PageActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Year;
import java.util.Arrays;

/** 驾驶舱: the matrix, the charts and the drill-down list on one page. */
@Controller
public class CockpitPageController {

    private static final int PAGE_SIZE = 20;

    private final Cockpit cockpit;
    private final Urging urging;

    public CockpitPageController(Cockpit cockpit, Urging urging) {
        this.cockpit = cockpit;
        this.urging = urging;
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Long department,
                   @RequestParam(required = false) Long unit,
                   @RequestParam(required = false) Stage stage,
                   @RequestParam(required = false) Boolean overdue,
                   @RequestParam(required = false) String grade,
                   @RequestParam(defaultValue = "0") int page,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        int shown = year == null ? Year.now().getValue() : year;
        CockpitFilter filter = new CockpitFilter(shown, department, unit, stage, overdue, grade);
        model.addAttribute("filter", filter);
        model.addAttribute("overview", cockpit.overview(shown, user));
        model.addAttribute("list", cockpit.projects(filter, page, PAGE_SIZE, user));
        model.addAttribute("stages", Arrays.stream(Stage.values()).toList());
        model.addAttribute("formStages", Arrays.stream(Stage.values()).filter(Stage::isFormStage).toList());
        model.addAttribute("departments", cockpit.visibleOrganisations(OrganisationType.DEPARTMENT, user));
        model.addAttribute("units", cockpit.visibleOrganisations(OrganisationType.UNIT, user));
        model.addAttribute("canUrge", user.isFinance() || user.isDepartment());
        return "cockpit";
    }

    @PostMapping("/cockpit/urge")
    String urge(@RequestParam int year, @RequestParam Stage stage, @RequestParam boolean overdueOnly,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, stage.label() + "催办已发出",
                () -> urging.urgeStage(year, stage, overdueOnly, user));
        return "redirect:/cockpit?year=" + year;
    }
}
