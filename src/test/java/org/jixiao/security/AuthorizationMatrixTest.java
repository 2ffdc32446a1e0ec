package org.jixiao.security;

import org.jixiao.security.Access.Expected;
import org.jixiao.security.Access.Scope;
import org.jixiao.security.AccessRules.Rule;
import org.jixiao.support.DatabaseState;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every endpoint of the application (from its own handler mapping, so none can escape) × every role and
 * nobody × own versus another organisation's data, against the table in {@link AccessRules}. A refused write
 * must leave every table as it was.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
        Map<String, Rule> rules = AccessRules.byKey();
        TreeSet<String> endpoints = endpoints();
        assertThat(endpoints.stream().filter(e -> !rules.containsKey(e)).toList())
                .as("endpoints that no line of AccessRules classifies: add one per endpoint")
                .isEmpty();
        assertThat(rules.keySet().stream().filter(k -> !endpoints.contains(k)).toList())
                .as("lines of AccessRules for endpoints that no longer exist")
                .isEmpty();

        MatrixWorld world = new MatrixWorld(context);
        world.makeSharedProjects();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Rule rule : Stream.concat(AccessRules.RULES.stream(), AccessRules.CAMUNDA.stream()).toList()) {
            for (Scope scope : rule.access().scopes()) {
                for (Who who : Who.values()) {
                    cases++;
                    String failure;
                    try {
                        failure = run(world, rule, who, scope);
                    } catch (Exception | AssertionError e) {
                        failure = "could not run: " + e;
                    }
                    if (failure != null) {
                        failures.add(rule.key() + " as " + who + " on " + scope + " data: " + failure);
                    }
                }
            }
        }
        int expectedCases = Stream.concat(AccessRules.RULES.stream(), AccessRules.CAMUNDA.stream())
                .mapToInt(r -> r.access().scopes().size() * Who.values().length).sum();
        System.out.printf("Authorization matrix: %d endpoints + %d Camunda groups, %d roles, %d cases%n",
                endpoints.size(), AccessRules.CAMUNDA.size(), Who.values().length, cases);
        assertThat(failures).as("cases answered otherwise than the table says").isEmpty();
        assertThat(cases).isEqualTo(expectedCases).isGreaterThanOrEqualTo(endpoints.size() * Who.values().length);
    }

    @Test
    void listsShowNoOtherOrganisationsProjects() throws Exception {
        MatrixWorld world = new MatrixWorld(context);
        world.makeSharedProjects();
        int checked = 0;
        for (String list : List.of("/projects?year=", "/api/projects?year=", "/cockpit?year=",
                "/api/cockpit/projects?year=")) {
            for (Who who : List.of(Who.UNIT_FILLER, Who.UNIT_LEADER, Who.DEPT_REVIEWER)) {
                String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .get(list + world.year()).with(user(world.user(who))))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).as(list + " as " + who).contains("矩阵本部");
                for (String foreign : world.foreignProjectNames(who)) {
                    assertThat(body).as(list + " as " + who).doesNotContain(foreign);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 5);
    }

    /** @return why the answer is wrong, or null */
    private String run(MatrixWorld world, Rule rule, Who who, Scope scope) throws Exception {
        Expected expected = rule.access().expect(who, scope);
        boolean write = !rule.method().equals("GET") && !rule.method().equals("ANY");
        MatrixData data = write && expected == Expected.ALLOWED && scope != Scope.NONE
                ? world.fresh(who, scope) : world.shared(who, scope);
        MockHttpServletRequestBuilder request = rule.sample().request(data);
        if (who != Who.ANONYMOUS) {
            request.with(user(world.user(who)));
        }
        if (write && rule.isPage()) {
            request.with(csrf());
        }
        boolean refusal = expected != Expected.ALLOWED;
        Map<String, Long> before = refusal ? DatabaseState.of(jdbc) : null;
        MvcResult result = mvc.perform(request).andReturn();
        String answer = answer(result);
        String wrong = check(expected, answer, result, rule);
        String changed = refusal ? DatabaseState.difference(before, DatabaseState.of(jdbc)) : "";
        if (wrong == null && !changed.isEmpty()) {
            wrong = "refused with " + answer + " but changed data: " + changed;
        }
        return wrong;
    }

    private static String check(Expected expected, String answer, MvcResult result, Rule rule) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Object flashError = flashError(result);
        boolean ok = switch (expected) {
            case ALLOWED -> answer.equals("ALLOWED") || (rule.businessRefusal() != null
                    && (answer.equals("REFUSED") || (answer.startsWith("4") && !answer.equals("403")))
                    && (body.contains(rule.businessRefusal())
                    || String.valueOf(flashError).contains(rule.businessRefusal())));
            case SIGN_IN -> answer.equals("SIGN_IN");
            case FORBIDDEN -> answer.equals("403") || answer.equals("REFUSED") || refusedByState(answer, body, rule);
            case HIDDEN -> answer.equals("404");
            case DENIED -> answer.equals("403") || answer.equals("404") || answer.equals("REFUSED")
                    || refusedByState(answer, body, rule);
        };
        if (ok) {
            return null;
        }
        return "expected " + expected + " but got " + answer + " (status " + result.getResponse().getStatus()
                + (flashError != null ? ", flash error " + flashError : "")
                + ", body " + abbreviate(body) + ")";
    }

    private static boolean refusedByState(String answer, String body, Rule rule) {
        return rule.othersRefusal() != null && answer.equals("409") && body.contains(rule.othersRefusal());
    }

    /** SIGN_IN, ALLOWED, REFUSED (a page action refused with a flash message), or the status code. */
    private static String answer(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 401 || (status / 100 == 3 && location != null && location.contains("/login"))) {
            return "SIGN_IN";
        }
        if (status / 100 == 3 && flashError(result) != null) {
            return "REFUSED";
        }
        if (status / 100 == 2 || status / 100 == 3) {
            return "ALLOWED";
        }
        return String.valueOf(status);
    }

    /** The refusal message a page action left for the next page; null outside Spring MVC (Camunda). */
    private static Object flashError(MvcResult result) {
        return result.getFlashMap() == null ? null : result.getFlashMap().get("error");
    }

    private TreeSet<String> endpoints() {
        TreeSet<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
