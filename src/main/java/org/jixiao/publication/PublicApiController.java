package org.jixiao.publication;

import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.publication.PublicPortal.PortalFilter;
import org.jixiao.publication.PublicPortal.PublishedProject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The public portal as JSON, no login: the list of published self-evaluations and each form in the exchange format. */
@RestController
@RequestMapping("/public/api")
public class PublicApiController {

    private final PublicPortal portal;
    private final PublishedForms forms;

    public PublicApiController(PublicPortal portal, PublishedForms forms) {
        this.portal = portal;
        this.forms = forms;
    }

    @GetMapping("/self-evaluations")
    public List<PublishedProject> list(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String department,
                                       @RequestParam(required = false) String q) {
        return portal.list(new PortalFilter(year, department, q));
    }

    @GetMapping("/self-evaluations/" + PublicPageController.ID)
    public SelfEvaluationForm selfEvaluation(@PathVariable Long projectId) {
        return forms.selfEvaluation(projectId);
    }

    @GetMapping("/targets/" + PublicPageController.ID)
    public TargetDeclarationForm targets(@PathVariable Long projectId) {
        return forms.targets(projectId).declaration();
    }
}
