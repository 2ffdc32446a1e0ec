package org.jixiao.security;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jixiao.security.Access.addressee;
import static org.jixiao.security.Access.everyone;
import static org.jixiao.security.Access.projects;
import static org.jixiao.security.Access.published;
import static org.jixiao.security.Access.roles;
import static org.jixiao.security.Access.signedIn;
import static org.jixiao.security.Access.tasks;
import static org.jixiao.security.Who.DEPT_REVIEWER;
import static org.jixiao.security.Who.FINANCE_ADMIN;
import static org.jixiao.security.Who.FINANCE_REVIEWER;
import static org.jixiao.security.Who.SYSTEM_ADMIN;
import static org.jixiao.security.Who.UNIT_FILLER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Who may call which endpoint: one line per endpoint, keyed by the method and the path pattern exactly as the
 * application's handler mapping declares it. A new endpoint without a line here fails
 * {@link AuthorizationMatrixTest}; classify it by adding one.
 * <p>
 * Each line also gives a request that would succeed if the caller were allowed (so that a refusal proves the
 * check, not a bad request), and optionally the endpoint's own business refusal that an allowed caller may get
 * from the test data (e.g. "nothing to withdraw").
 */
final class AccessRules {

    /** A request to the endpoint for the given data. */
    @FunctionalInterface
    interface Sample {
        MockHttpServletRequestBuilder request(MatrixData data) throws Exception;
    }

    record Rule(String method, String pattern, Access access, Sample sample, String businessRefusal,
                String othersRefusal) {

        String key() {
            return method + " " + pattern;
        }

        /** The business refusal an allowed caller may get from the test data (a 4xx or page message). */
        Rule refusedAllowedCallerWith(String text) {
            return new Rule(method, pattern, access, sample, text, othersRefusal);
        }

        /** A refusal of the data's state that stops the roles without the right before their role is looked at. */
        Rule refusedOthersWith(String text) {
            return new Rule(method, pattern, access, sample, businessRefusal, text);
        }

        boolean isPage() {
            return !pattern.startsWith("/api/") && !pattern.startsWith("/engine-rest");
        }
    }

    /**
     * Outside Spring MVC (Camunda's Jersey servlet and webapps): one group, system admins only. MockMvc holds
     * only the dispatcher servlet, so a request that passes security ends in its 404 here.
     */
    static final List<Rule> CAMUNDA = List.of(
            rule("GET", "/engine-rest/**", roles(SYSTEM_ADMIN), d -> get("/engine-rest/process-definition/count"))
                    .refusedAllowedCallerWith(""),
            rule("GET", "/camunda/**", roles(SYSTEM_ADMIN), d -> get("/camunda/app/cockpit/default/"))
                    .refusedAllowedCallerWith(""));

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String FORM = "{form:declaration|monitoring|self-evaluation}";
    private static final String PUBLIC_ID = "{projectId:\\d{1,18}}";

    static final List<Rule> RULES = List.of(
            // ---- pages
            rule("GET", "/login", everyone(), d -> get("/login")),
            rule("ANY", "/error", everyone(), d -> get("/error")
                    .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404))
                    .refusedAllowedCallerWith("\"status\":404"),
            rule("GET", "/", signedIn(), d -> get("/")),
            rule("GET", "/tasks", signedIn(), d -> get("/tasks")),
            rule("GET", "/tasks/{taskId}", tasks(), d -> get("/tasks/" + d.task())),
            rule("POST", "/tasks/{taskId}/form", tasks(UNIT_FILLER), d -> post("/tasks/" + d.task() + "/form")
                    .param("version", String.valueOf(d.declarationVersion())).param("goal_annual", "矩阵修改")),
            rule("POST", "/tasks/{taskId}/form/copy-previous-year", tasks(UNIT_FILLER),
                    d -> post("/tasks/" + d.task() + "/form/copy-previous-year")
                            .param("version", String.valueOf(d.declarationVersion())))
                    .refusedAllowedCallerWith("上年度"),
            rule("POST", "/tasks/{taskId}/claim", tasks(), d -> post("/tasks/" + d.task() + "/claim")),
            rule("POST", "/tasks/{taskId}/complete", tasks(), d -> post("/tasks/" + d.task() + "/complete")
                    .param("decision", d.decision())),
            rule("GET", "/projects", signedIn(), d -> get("/projects?year=" + d.year())),
            rule("GET", "/projects/{id}", projects(), d -> get("/projects/" + d.project())),
            rule("POST", "/projects/{id}/withdraw", projects(UNIT_FILLER),
                    d -> post("/projects/" + d.project() + "/withdraw"))
                    .refusedAllowedCallerWith("没有可撤回"),
            rule("GET", "/projects/{projectId}/target-versions", projects(),
                    d -> get("/projects/" + d.project() + "/target-versions")),
            rule("GET", "/stages", roles(FINANCE_ADMIN), d -> get("/stages")),
            rule("POST", "/stages", roles(FINANCE_ADMIN), d -> post("/stages")
                    .param("year", String.valueOf(d.freshYear())).param("stage", "MONITORING")),
            rule("GET", "/cockpit", signedIn(), d -> get("/cockpit?year=" + d.year())),
            rule("POST", "/cockpit/urge", roles(DEPT_REVIEWER, FINANCE_REVIEWER, FINANCE_ADMIN), d -> post("/cockpit/urge")
                    .param("year", String.valueOf(d.year())).param("stage", "DECLARATION").param("overdueOnly", "false")),
            rule("GET", "/notifications", signedIn(), d -> get("/notifications")),
            // ---- API
            rule("GET", "/api/tasks", signedIn(), d -> get("/api/tasks")),
            rule("GET", "/api/tasks/{taskId}", tasks(), d -> get("/api/tasks/" + d.task())),
            rule("POST", "/api/tasks/{taskId}/claim", tasks(), d -> post("/api/tasks/" + d.task() + "/claim")),
            rule("POST", "/api/tasks/{taskId}/complete", tasks(), d -> post("/api/tasks/" + d.task() + "/complete")
                    .contentType(JSON).content("{\"decision\":\"" + d.decision() + "\"}")),
            rule("POST", "/api/tasks/{taskId}/transfer", tasks(), d -> post("/api/tasks/" + d.task() + "/transfer")
                    .contentType(JSON).content("{\"toUser\":\"" + d.colleague() + "\"}")),
            rule("POST", "/api/tasks/{taskId}/delegate", tasks(), d -> post("/api/tasks/" + d.task() + "/delegate")
                    .contentType(JSON).content("{\"toUser\":\"" + d.colleague() + "\"}")),
            rule("POST", "/api/tasks/{taskId}/resolve", tasks(), d -> post("/api/tasks/" + d.task() + "/resolve"))
                    .refusedAllowedCallerWith("不是委派给您"),
            rule("GET", "/api/projects", signedIn(), d -> get("/api/projects?year=" + d.year())),
            rule("POST", "/api/projects", roles(FINANCE_ADMIN), d -> post("/api/projects").contentType(JSON)
                    .content("{\"year\":" + d.freshYear() + ",\"name\":\"矩阵新建项目\",\"category\":\"RECURRING\","
                            + "\"unitId\":" + d.unitId() + "}")),
            rule("GET", "/api/projects/{id}", projects(), d -> get("/api/projects/" + d.project())),
            rule("GET", "/api/projects/{id}/history", projects(), d -> get("/api/projects/" + d.project() + "/history")),
            rule("GET", "/api/projects/{projectId}/" + FORM, projects(),
                    d -> get("/api/projects/" + d.project() + "/declaration")),
            rule("PUT", "/api/projects/{projectId}/" + FORM, projects(UNIT_FILLER),
                    d -> put("/api/projects/" + d.project() + "/declaration?version=" + d.declarationVersion())
                            .contentType(JSON).content(d.declarationJson())),
            rule("GET", "/api/projects/{projectId}/target-versions", projects(),
                    d -> get("/api/projects/" + d.project() + "/target-versions")),
            rule("POST", "/api/projects/{projectId}/declaration/copy-previous-year", projects(UNIT_FILLER),
                    d -> post("/api/projects/" + d.project() + "/declaration/copy-previous-year?version="
                            + d.declarationVersion()))
                    .refusedAllowedCallerWith("上年度"),
            rule("POST", "/api/projects/{projectId}/withdraw", projects(UNIT_FILLER),
                    d -> post("/api/projects/" + d.project() + "/withdraw"))
                    .refusedAllowedCallerWith("没有可撤回"),
            rule("POST", "/api/projects/{projectId}/jump", projects(FINANCE_ADMIN),
                    d -> post("/api/projects/" + d.project() + "/jump").contentType(JSON)
                            .content("{\"step\":\"FILL\",\"comment\":\"矩阵退回\"}")),
            rule("POST", "/api/stages/open", roles(FINANCE_ADMIN), d -> post("/api/stages/open").contentType(JSON)
                    .content("{\"year\":" + d.freshYear() + ",\"stage\":\"MONITORING\"}")),
            rule("POST", "/api/imports/forms", roles(FINANCE_ADMIN),
                    d -> post("/api/imports/forms").contentType(JSON).content(d.importJson())),
            rule("POST", "/api/publication/publish", roles(FINANCE_ADMIN), d -> post("/api/publication/publish")
                    .contentType(JSON).content("{\"projectIds\":[" + d.project() + "]}")),
            rule("POST", "/api/publication/unpublish", roles(FINANCE_ADMIN), d -> post("/api/publication/unpublish")
                    .contentType(JSON).content("{\"projectId\":" + d.project() + ",\"reason\":\"矩阵撤销\"}"))
                    .refusedAllowedCallerWith("未公开"),
            rule("GET", "/api/cockpit", signedIn(), d -> get("/api/cockpit?year=" + d.year())),
            rule("GET", "/api/cockpit/projects", signedIn(), d -> get("/api/cockpit/projects?year=" + d.year())),
            rule("POST", "/api/urge", projects(DEPT_REVIEWER, FINANCE_REVIEWER, FINANCE_ADMIN),
                    d -> post("/api/urge").contentType(JSON).content("{\"projectIds\":[" + d.project() + "]}"))
                    .refusedAllowedCallerWith("无需催办"),
            rule("GET", "/api/notifications", signedIn(), d -> get("/api/notifications")),
            rule("POST", "/api/notifications/{id}/read", addressee(),
                    d -> post("/api/notifications/" + d.notification() + "/read")),
            rule("POST", "/api/scoring/preview", signedIn(), d -> post("/api/scoring/preview")
                    .contentType(JSON).content(d.selfEvaluationJson())),
            // ---- accounts (system admins)
            rule("GET", "/admin/users", roles(SYSTEM_ADMIN), d -> get("/admin/users")),
            rule("GET", "/admin/users/{id}", roles(SYSTEM_ADMIN), d -> get("/admin/users/" + d.spareAccount())),
            rule("POST", "/admin/users", roles(SYSTEM_ADMIN), d -> post("/admin/users").param("username", d.newUsername())
                    .param("displayName", "矩阵新账号").param("organisationId", String.valueOf(d.unitId()))
                    .param("roles", "UNIT_FILLER").param("password", "Matrix-pass-1")),
            rule("POST", "/admin/users/{id}", roles(SYSTEM_ADMIN), d -> post("/admin/users/" + d.spareAccount())
                    .param("displayName", "矩阵改名").param("organisationId", String.valueOf(d.unitId()))
                    .param("roles", "UNIT_LEADER")),
            rule("POST", "/admin/users/{id}/password", roles(SYSTEM_ADMIN),
                    d -> post("/admin/users/" + d.spareAccount() + "/password").param("password", "Matrix-pass-2")),
            rule("POST", "/admin/users/{id}/enabled", roles(SYSTEM_ADMIN),
                    d -> post("/admin/users/" + d.spareAccount() + "/enabled").param("enabled", "false")),
            rule("GET", "/api/admin/users", roles(SYSTEM_ADMIN), d -> get("/api/admin/users")),
            rule("GET", "/api/admin/users/{id}", roles(SYSTEM_ADMIN), d -> get("/api/admin/users/" + d.spareAccount())),
            rule("POST", "/api/admin/users", roles(SYSTEM_ADMIN), d -> post("/api/admin/users").contentType(JSON)
                    .content("{\"username\":\"" + d.newUsername() + "\",\"displayName\":\"矩阵\",\"organisationId\":"
                            + d.unitId() + ",\"roles\":[\"UNIT_FILLER\"],\"password\":\"Matrix-pass-1\"}")),
            rule("PUT", "/api/admin/users/{id}", roles(SYSTEM_ADMIN), d -> put("/api/admin/users/" + d.spareAccount())
                    .contentType(JSON).content("{\"displayName\":\"矩阵改名\",\"organisationId\":" + d.unitId()
                            + ",\"roles\":[\"UNIT_LEADER\"]}")),
            rule("POST", "/api/admin/users/{id}/password", roles(SYSTEM_ADMIN),
                    d -> post("/api/admin/users/" + d.spareAccount() + "/password").contentType(JSON)
                            .content("{\"password\":\"Matrix-pass-2\"}")),
            rule("POST", "/api/admin/users/{id}/disable", roles(SYSTEM_ADMIN),
                    d -> post("/api/admin/users/" + d.spareAccount() + "/disable")),
            rule("POST", "/api/admin/users/{id}/enable", roles(SYSTEM_ADMIN),
                    d -> post("/api/admin/users/" + d.spareAccount() + "/enable")),
            rule("GET", "/api/admin/incidents", roles(SYSTEM_ADMIN), d -> get("/api/admin/incidents")),
            rule("POST", "/api/admin/incidents/{incidentId}/retry", roles(SYSTEM_ADMIN),
                    d -> post("/api/admin/incidents/no-such-incident/retry"))
                    .refusedAllowedCallerWith("故障不存在"),
            // ---- Excel downloads and uploads
            rule("GET", "/projects/{projectId}/" + FORM + "/export.xlsx", projects(),
                    d -> get("/projects/" + d.project() + "/declaration/export.xlsx")),
            rule("GET", "/api/projects/{projectId}/" + FORM + "/export.xlsx", projects(),
                    d -> get("/api/projects/" + d.project() + "/declaration/export.xlsx")),
            rule("GET", "/exports/summary.xlsx", signedIn(), d -> get("/exports/summary.xlsx?year=" + d.year())),
            rule("GET", "/api/exports/summary.xlsx", signedIn(), d -> get("/api/exports/summary.xlsx?year=" + d.year())),
            rule("GET", "/exports/self-evaluations.xlsx", projects(), d -> get("/exports/self-evaluations.xlsx?year="
                    + d.year() + "&department=" + d.department())),
            rule("GET", "/api/exports/self-evaluations.xlsx", projects(), d -> get("/api/exports/self-evaluations.xlsx?year="
                    + d.year() + "&department=" + d.department())),
            rule("GET", "/imports/project-list/template.xlsx", signedIn(), d -> get("/imports/project-list/template.xlsx")),
            rule("GET", "/api/imports/project-list/template.xlsx", signedIn(),
                    d -> get("/api/imports/project-list/template.xlsx")),
            rule("GET", "/imports/project-list", roles(FINANCE_ADMIN), d -> get("/imports/project-list")),
            rule("POST", "/imports/project-list", roles(FINANCE_ADMIN),
                    d -> multipart("/imports/project-list").param("year", String.valueOf(d.year())))
                    .refusedAllowedCallerWith("请选择要上传"),
            rule("POST", "/api/imports/project-list", roles(FINANCE_ADMIN),
                    d -> multipart("/api/imports/project-list").param("year", String.valueOf(d.year())))
                    .refusedAllowedCallerWith("请选择要上传"),
            rule("POST", "/tasks/{taskId}/form.xlsx", tasks(UNIT_FILLER), d -> multipart("/tasks/" + d.task() + "/form.xlsx"))
                    .refusedAllowedCallerWith("请选择要上传").refusedOthersWith("不在填报环节"),
            rule("POST", "/api/tasks/{taskId}/form.xlsx", tasks(UNIT_FILLER),
                    d -> multipart("/api/tasks/" + d.task() + "/form.xlsx"))
                    .refusedAllowedCallerWith("请选择要上传").refusedOthersWith("不在填报环节"),
            // ---- indicator library
            rule("GET", "/indicators", signedIn(), d -> get("/indicators")),
            rule("POST", "/indicators", roles(FINANCE_ADMIN), d -> indicatorParams(post("/indicators"), d)),
            rule("POST", "/indicators/{id}", roles(FINANCE_ADMIN),
                    d -> indicatorParams(post("/indicators/" + d.spareIndicator()), d)),
            rule("POST", "/indicators/{id}/delete", roles(FINANCE_ADMIN),
                    d -> post("/indicators/" + d.spareIndicator() + "/delete")),
            rule("GET", "/api/indicators", signedIn(), d -> get("/api/indicators?q=完成率")),
            rule("GET", "/api/indicators/{id}", signedIn(), d -> get("/api/indicators/" + d.spareIndicator())),
            rule("POST", "/api/indicators", roles(FINANCE_ADMIN), d -> post("/api/indicators").contentType(JSON)
                    .content(d.indicatorJson())),
            rule("PUT", "/api/indicators/{id}", roles(FINANCE_ADMIN), d -> put("/api/indicators/" + d.spareIndicator())
                    .contentType(JSON).content(d.indicatorJson())),
            rule("DELETE", "/api/indicators/{id}", roles(FINANCE_ADMIN),
                    d -> delete("/api/indicators/" + d.spareIndicator())),
            // ---- quality of declarations
            rule("POST", "/api/quality-check/declaration", signedIn(), d -> post("/api/quality-check/declaration")
                    .contentType(JSON).content(d.declarationJson())),
            rule("GET", "/api/projects/{projectId}/quality-findings", projects(),
                    d -> get("/api/projects/" + d.project() + "/quality-findings")),
            rule("GET", "/api/projects/{projectId}/declaration-grades", projects(),
                    d -> get("/api/projects/" + d.project() + "/declaration-grades")),
            rule("POST", "/api/tasks/{taskId}/declaration-grade", tasks(FINANCE_REVIEWER, FINANCE_ADMIN),
                    d -> post("/api/tasks/" + d.task() + "/declaration-grade").contentType(JSON)
                            .content("{\"grade\":\"良\",\"comment\":\"矩阵评级\"}"))
                    .refusedOthersWith("财政局审核"),
            rule("POST", "/tasks/{taskId}/declaration-grade", tasks(FINANCE_REVIEWER, FINANCE_ADMIN),
                    d -> post("/tasks/" + d.task() + "/declaration-grade").param("grade", "良")
                            .param("comment", "矩阵评级"))
                    .refusedOthersWith("财政局审核"),
            // ---- publication (finance) and the public portal (anyone, published data only)
            rule("GET", "/publication", roles(FINANCE_ADMIN), d -> get("/publication?year=" + d.year())),
            rule("POST", "/publication/publish", roles(FINANCE_ADMIN), d -> post("/publication/publish")
                    .param("scope", "projects").param("projectIds", String.valueOf(d.project()))),
            rule("POST", "/publication/unpublish", roles(FINANCE_ADMIN), d -> post("/publication/unpublish")
                    .param("projectId", String.valueOf(d.project())).param("reason", "矩阵撤销"))
                    .refusedAllowedCallerWith("未公开"),
            rule("GET", "/public", everyone(), d -> get("/public")),
            rule("GET", "/public/", everyone(), d -> get("/public/")),
            rule("GET", "/public/self-evaluations", everyone(), d -> get("/public/self-evaluations")),
            rule("GET", "/public/summary", everyone(), d -> get("/public/summary")),
            rule("GET", "/public/api/self-evaluations", everyone(), d -> get("/public/api/self-evaluations")),
            rule("GET", "/public/self-evaluations/" + PUBLIC_ID, published(),
                    d -> get("/public/self-evaluations/" + d.publicProject())),
            rule("GET", "/public/self-evaluations/" + PUBLIC_ID + ".xlsx", published(),
                    d -> get("/public/self-evaluations/" + d.publicProject() + ".xlsx")),
            rule("GET", "/public/targets/" + PUBLIC_ID, published(), d -> get("/public/targets/" + d.publicProject())),
            rule("GET", "/public/targets/" + PUBLIC_ID + ".xlsx", published(),
                    d -> get("/public/targets/" + d.publicProject() + ".xlsx")),
            rule("GET", "/public/api/self-evaluations/" + PUBLIC_ID, published(),
                    d -> get("/public/api/self-evaluations/" + d.publicProject())),
            rule("GET", "/public/api/targets/" + PUBLIC_ID, published(),
                    d -> get("/public/api/targets/" + d.publicProject())),
            // ---- API documentation (springdoc)
            rule("GET", "/v3/api-docs", signedIn(), d -> get("/v3/api-docs")),
            rule("GET", "/v3/api-docs.yaml", signedIn(), d -> get("/v3/api-docs.yaml")),
            rule("GET", "/v3/api-docs/swagger-config", signedIn(), d -> get("/v3/api-docs/swagger-config")),
            rule("GET", "/swagger-ui.html", signedIn(), d -> get("/swagger-ui.html"))
    );

    private AccessRules() {
    }

    static Map<String, Rule> byKey() {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        RULES.forEach(r -> {
            if (byKey.put(r.key(), r) != null) {
                throw new IllegalStateException("two rules for " + r.key());
            }
        });
        return byKey;
    }

    private static MockHttpServletRequestBuilder indicatorParams(MockHttpServletRequestBuilder request, MatrixData d) {
        return request.param("level2", "数量指标").param("name", d.newUsername() + "指标").param("unit", "%")
                .param("typicalTarget", "≥90%");
    }

    private static Rule rule(String method, String pattern, Access access, Sample sample) {
        return new Rule(method, pattern, access, sample, null, null);
    }
}
