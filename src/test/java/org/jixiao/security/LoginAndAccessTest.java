package org.jixiao.security;

import org.jixiao.demo.DemoData;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One set of accounts, three doors: pages (form login, CSRF), the API (Basic, JSON), Camunda (admins only). */
@IntegrationTest
class LoginAndAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JixiaoUserDetailsService accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void pagesSendAnonymousUsersToTheLoginPage() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("财政项目支出绩效管理系统")));
    }

    @Test
    void formLoginWithTheDemoPasswordWorksAndAWrongOneFails() throws Exception {
        mvc.perform(formLogin("/login").user("dept").password("demo"))
                .andExpect(authenticated().withUsername("dept"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("dept").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagePostsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/stages").with(user(accounts.loadUserByUsername("finance")))
                        .param("year", "2030").param("stage", "MONITORING"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stages").with(user(accounts.loadUserByUsername("finance"))).with(csrf())
                        .param("year", "2030").param("stage", "MONITORING"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/stages?year=2030"));
    }

    @Test
    void apiCallsGetJsonErrorsNeverALoginPage() throws Exception {
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.message").value("请先登录（HTTP Basic）"));
        mvc.perform(get("/api/tasks").with(httpBasic("unit", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/projects").with(httpBasic("unit", "demo"))
                        .contentType("application/json").content("{\"year\":2030,\"name\":\"x\",\"category\":\"RECURRING\",\"unitId\":3}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void camundaWebappsAndEngineRestAreForSystemAdminsOnly() throws Exception {
        for (String path : new String[]{"/camunda/app/cockpit/default/", "/engine-rest/process-definition/count"}) {
            mvc.perform(get(path).with(httpBasic("finance", "demo"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(httpBasic("unit", "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/engine-rest/process-definition/count")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void taskPageListsTheUsersTasks() throws Exception {
        mvc.perform(get("/tasks").with(user(accounts.loadUserByUsername("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待办任务")));
        TestWorld world = TestWorld.of(context);
        var project = world.project(TestWorld.freshYear(), "页面测试项目", DemoData.SCIENCE_COMMITTEE_OWN);
        String taskId = world.task("unit", project.getId()).taskId();
        mvc.perform(get("/tasks/" + taskId).with(user(accounts.loadUserByUsername("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面测试项目")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("绩效目标申报表")));
        mvc.perform(get("/tasks/" + taskId).with(user(accounts.loadUserByUsername("unit2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project.getId()).with(user(accounts.loadUserByUsername("dept"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("创建项目")));
        mvc.perform(get("/tasks/does-not-exist").with(user(accounts.loadUserByUsername("unit"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/stages").with(user(accounts.loadUserByUsername("unit"))))
                .andExpect(status().isForbidden());
    }
}
