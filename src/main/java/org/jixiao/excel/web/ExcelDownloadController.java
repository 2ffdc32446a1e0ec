package org.jixiao.excel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every workbook download, under {@code /api} (HTTP Basic) and at the same path without it for the pages'
 * links (session login). Checks come before the first byte, so a refusal is a JSON error, never half a file.
 */
@RestController
public class ExcelDownloadController {

    private static final String FORM = "/projects/{projectId}/{form:declaration|monitoring|self-evaluation}/export.xlsx";
    private static final String SUMMARY = "/exports/summary.xlsx";
    private static final String SELF_EVALUATIONS = "/exports/self-evaluations.xlsx";
    private static final String TEMPLATE = "/imports/project-list/template.xlsx";

    private final ExcelExports exports;

    public ExcelDownloadController(ExcelExports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api" + FORM, FORM})
    public void form(@PathVariable Long projectId, @PathVariable String form,
                     @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
        ExcelHttp.send(exports.form(projectId, form, user), response);
    }

    @GetMapping({"/api" + SUMMARY, SUMMARY})
    public void summary(SummaryQuery query, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
        ExcelHttp.send(exports.summary(query.toFilter(), user), response);
    }

    @GetMapping({"/api" + SELF_EVALUATIONS, SELF_EVALUATIONS})
    public void selfEvaluations(@RequestParam int year, @RequestParam(required = false) Long department,
                                @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
        ExcelHttp.send(exports.selfEvaluations(year, department, user), response);
    }

    @GetMapping({"/api" + TEMPLATE, TEMPLATE})
    public void projectListTemplate(HttpServletResponse response) {
        ExcelHttp.send(exports.projectListTemplate(), response);
    }
}
