package org.jixiao.publication;

import org.jixiao.common.ForbiddenException;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.publication.PublicationService.PublishRequest;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Finance's page for 信息公开: a year's projects with their publication state; publish the chosen ones or all
 * approved projects of a department at once (the answer lists what was published and what was refused and
 * why), and take one off the portal with a reason.
 */
@Controller
@RequestMapping("/publication")
public class PublicationPageController {

    private final PublicationService publication;
    private final PublicationBoard board;
    private final OrganisationRepository organisations;

    public PublicationPageController(PublicationService publication, PublicationBoard board,
                                     OrganisationRepository organisations) {
        this.publication = publication;
        this.board = board;
        this.organisations = organisations;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        requireFinanceAdmin(user);
        // Self-evaluations of a year are reviewed and published in the year after.
        int shown = year == null ? Year.now().getValue() - 1 : year;
        model.addAttribute("year", shown);
        model.addAttribute("department", department);
        model.addAttribute("departments", organisations.findByTypeOrderByName(OrganisationType.DEPARTMENT));
        model.addAttribute("entries", board.projects(shown, department));
        return "publication";
    }

    /** {@code scope=selected} publishes the ticked projects; {@code scope=department} all of the year's department. */
    @PostMapping("/publish")
    String publish(@RequestParam String scope, @RequestParam(required = false) List<Long> projectIds,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PublishRequest request = "department".equals(scope) ? new PublishRequest(null, year, department)
                : new PublishRequest(projectIds == null ? List.of() : projectIds, null, null);
        PageActions.run(redirect, "已处理公开请求", () ->
                redirect.addFlashAttribute("result", publication.publish(request, user)));
        return back(year, department);
    }

    @PostMapping("/unpublish")
    String unpublish(@RequestParam Long projectId, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, "已撤销公开", () -> publication.unpublish(projectId, reason, user));
        return back(year, department);
    }

    private static String back(Integer year, String department) {
        return "redirect:" + UriComponentsBuilder.fromPath("/publication")
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("department", Optional.ofNullable(department).filter(d -> !d.isBlank()))
                .encode().build().toUriString();
    }

    private static void requireFinanceAdmin(CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以办理信息公开");
        }
    }
}
