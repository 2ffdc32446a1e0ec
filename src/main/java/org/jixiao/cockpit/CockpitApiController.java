package org.jixiao.cockpit;

import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Year;

/** The cockpit's figures and drill-down list, limited to what the caller's organisation may see. */
@RestController
@RequestMapping("/api/cockpit")
public class CockpitApiController {

    private final Cockpit cockpit;

    public CockpitApiController(Cockpit cockpit) {
        this.cockpit = cockpit;
    }

    @GetMapping
    public Cockpit.Overview overview(@RequestParam(required = false) Integer year,
                                     @AuthenticationPrincipal CurrentUser user) {
        return cockpit.overview(year == null ? Year.now().getValue() : year, user);
    }

    @GetMapping("/projects")
    public CockpitPage projects(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Long department,
                                @RequestParam(required = false) Long unit,
                                @RequestParam(required = false) Stage stage,
                                @RequestParam(required = false) Boolean overdue,
                                @RequestParam(required = false) String grade,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                @AuthenticationPrincipal CurrentUser user) {
        CockpitFilter filter = new CockpitFilter(year == null ? Year.now().getValue() : year, department, unit, stage,
                overdue, grade);
        return cockpit.projects(filter, page, size, user);
    }
}
