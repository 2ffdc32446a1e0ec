package org.jixiao.publication;

import org.jixiao.excel.FormExcel;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.publication.PublicPortal.PortalFilter;
import org.jixiao.publication.PublishedForms.PublishedTargets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/**
 * The public portal (信息公开), no login: the list of published self-evaluations, each as the official table
 * with its workbook, the approved targets, and the year/department summary. Shows forms only, never who
 * filled or reviewed them.
 */
@Controller
@RequestMapping("/public")
public class PublicPageController {

    /** Ids are digits only: anything else is an unknown page (404), not a bad request. */
    static final String ID = "{projectId:\\d{1,18}}";
    static final int PAGE_SIZE = 20;

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublicPortal portal;
    private final PublishedForms forms;
    private final FormExcel excel;

    public PublicPageController(PublicPortal portal, PublishedForms forms, FormExcel excel) {
        this.portal = portal;
        this.forms = forms;
        this.excel = excel;
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:/public/self-evaluations";
    }

    @GetMapping("/self-evaluations")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PortalFilter filter = new PortalFilter(year, department, q);
        model.addAttribute("filter", filter);
        model.addAttribute("result", portal.page(filter, page, PAGE_SIZE));
        model.addAttribute("years", portal.years());
        model.addAttribute("departments", portal.departments());
        return "public/self-evaluations";
    }

    @GetMapping("/self-evaluations/" + ID)
    String selfEvaluation(@PathVariable Long projectId, Model model) {
        SelfEvaluationForm form = forms.selfEvaluation(projectId);
        model.addAttribute("projectId", projectId);
        model.addAttribute("form", form);
        model.addAttribute("rows", MergedRow.of(form.indicators(), SelfEvaluationForm.Indicator::level1,
                SelfEvaluationForm.Indicator::level2));
        model.addAttribute("hasTargets", forms.findTargets(projectId).isPresent());
        return "public/self-evaluation";
    }

    @GetMapping("/self-evaluations/" + ID + ".xlsx")
    ResponseEntity<byte[]> selfEvaluationWorkbook(@PathVariable Long projectId) {
        return workbook("绩效自评表", forms.selfEvaluation(projectId));
    }

    @GetMapping("/targets/" + ID)
    String targets(@PathVariable Long projectId, Model model) {
        PublishedTargets targets = forms.targets(projectId);
        TargetDeclarationForm form = targets.declaration();
        model.addAttribute("projectId", projectId);
        model.addAttribute("form", form);
        model.addAttribute("rows", MergedRow.of(form.indicators(), TargetDeclarationForm.Indicator::level1,
                TargetDeclarationForm.Indicator::level2));
        model.addAttribute("adjusted", targets.adjusted());
        model.addAttribute("hasSelfEvaluation", portal.find(projectId).isPresent());
        return "public/targets";
    }

    @GetMapping("/targets/" + ID + ".xlsx")
    ResponseEntity<byte[]> targetsWorkbook(@PathVariable Long projectId) {
        return workbook("绩效目标填报表", forms.targets(projectId).declaration());
    }

    @GetMapping("/summary")
    String summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
                   Model model) {
        PortalFilter filter = new PortalFilter(year, department, null);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", PortalSummary.of(portal.list(filter)));
        model.addAttribute("years", portal.years());
        model.addAttribute("departments", portal.departments());
        return "public/summary";
    }

    private ResponseEntity<byte[]> workbook(String title, ExchangeForm form) {
        String name = (title + "-" + form.year() + "-" + form.projectName()).replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(excel.export(form));
    }
}
