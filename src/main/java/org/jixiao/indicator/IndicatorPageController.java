package org.jixiao.indicator;

import org.jixiao.form.IndicatorTree;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 指标库 page: everyone searches it; finance admins add, change and delete indicators. */
@Controller
public class IndicatorPageController {

    private static final int PAGE_MAX = 500;

    private final IndicatorLibrary library;
    private final OrganisationRepository organisations;

    public IndicatorPageController(IndicatorLibrary library, OrganisationRepository organisations) {
        this.library = library;
        this.organisations = organisations;
    }

    @GetMapping("/indicators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) Long edit, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("indicators", library.search(q, category, PAGE_MAX, user));
        model.addAttribute("pageMax", PAGE_MAX);
        model.addAttribute("editing", edit == null ? null : library.find(edit, user));
        model.addAttribute("levels", IndicatorTree.LEVELS);
        model.addAttribute("directions", IndicatorDirection.values());
        model.addAttribute("departments", organisations.findAll().stream()
                .filter(o -> o.getType() == OrganisationType.DEPARTMENT).toList());
        return "indicators";
    }

    @PostMapping("/indicators")
    String create(IndicatorForm form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, "已添加指标“" + form.name() + "”", () -> library.create(form.toInput(), user));
        return "redirect:/indicators";
    }

    @PostMapping("/indicators/{id}")
    String update(@PathVariable Long id, IndicatorForm form, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        boolean done = PageActions.run(redirect, "已保存指标“" + form.name() + "”",
                () -> library.update(id, form.toInput(), user));
        return done ? "redirect:/indicators" : "redirect:/indicators?edit=" + id;
    }

    @PostMapping("/indicators/{id}/delete")
    String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, "已删除指标", () -> library.delete(id, user));
        return "redirect:/indicators";
    }

    /** The page's fields; blank selects mean "common indicator" and "read the direction from the target". */
    record IndicatorForm(String level2, Long departmentId, String name, String unit, String direction,
                         String typicalTarget, String description) {

        IndicatorInput toInput() {
            IndicatorDirection d = java.util.Arrays.stream(IndicatorDirection.values())
                    .filter(v -> v.name().equals(direction)).findFirst().orElse(null);
            return new IndicatorInput(level2, departmentId, name, unit, d, typicalTarget, description);
        }
    }
}
