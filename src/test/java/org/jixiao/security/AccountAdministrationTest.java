package org.jixiao.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.jixiao.demo.DemoData;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.security.AccountSecurityTest.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The system admin manages accounts on /admin/users and /api/admin/users; nobody else may. */
@IntegrationTest
class AccountAdministrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JixiaoUserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesMovesResetsDisablesAndEnablesAnAccount() throws Exception {
        String username = "adm" + TestWorld.freshYear();
        long unit = organisationId(DemoData.SCIENCE_COMMITTEE_OWN);
        long department = organisationId(DemoData.SCIENCE_COMMITTEE);
        JsonNode created = JSON.readTree(mvc.perform(post("/api/admin/users").with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"新经办\",\"organisationId\":" + unit
                                + ",\"roles\":[\"UNIT_FILLER\"],\"password\":\"Initial-123\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        long id = created.get("id").asLong();
        long otherUnit = organisationId(DemoData.INNOVATION_CENTRE);
        mvc.perform(get("/api/tasks").with(httpBasic(username, "Initial-123"))).andExpect(status().isOk());
        mvc.perform(get("/api/cockpit/projects").param("unit", String.valueOf(otherUnit))
                .with(httpBasic(username, "Initial-123"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/stages/open").with(httpBasic(username, "Initial-123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2099,\"stage\":\"MONITORING\"}"))
                .andExpect(status().isForbidden());

        // moved to the department as its reviewer: the department's view, and the unit's roles are gone
        mvc.perform(put("/api/admin/users/" + id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"新审核\",\"organisationId\":" + department
                                + ",\"roles\":[\"DEPT_REVIEWER\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value(DemoData.SCIENCE_COMMITTEE))
                .andExpect(jsonPath("$.roles[0]").value("DEPT_REVIEWER"));
        CurrentUser moved = (CurrentUser) accounts.loadUserByUsername(username);
        assertThat(moved.isDepartment()).isTrue();
        assertThat(moved.roles()).containsExactly(org.jixiao.organisation.Role.DEPT_REVIEWER);
        // the very next call sees the department, not the account as remembered from the calls before
        mvc.perform(get("/api/cockpit/projects").param("unit", String.valueOf(otherUnit))
                .with(httpBasic(username, "Initial-123"))).andExpect(status().isOk());

        mvc.perform(post("/api/admin/users/" + id + "/password").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Changed-456\"}")).andExpect(status().isNoContent());
        mvc.perform(get("/api/tasks").with(httpBasic(username, "Initial-123"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/tasks").with(httpBasic(username, "Changed-456"))).andExpect(status().isOk());

        Cookie session = mvc.perform(login(username, "Changed-456")).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/api/admin/users/" + id + "/disable").with(asAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/tasks").with(httpBasic(username, "Changed-456"))).andExpect(status().isUnauthorized());
        mvc.perform(login(username, "Changed-456")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/tasks").cookie(session)).andExpect(redirectedUrl("http://localhost/login"));

        mvc.perform(post("/api/admin/users/" + id + "/enable").with(asAdmin())).andExpect(status().isOk());
        mvc.perform(get("/api/tasks").with(httpBasic(username, "Changed-456"))).andExpect(status().isOk());
    }

    @Test
    void badAccountsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        long unit = organisationId(DemoData.SCIENCE_COMMITTEE_OWN);
        mvc.perform(post("/api/admin/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a b<script>\",\"displayName\":\"\",\"organisationId\":" + unit
                                + ",\"roles\":[\"FINANCE_ADMIN\"],\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'displayName')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'roles')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("不适用于"))))
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'password')]").exists());
        mvc.perform(post("/api/admin/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"unit\",\"displayName\":\"重名\",\"organisationId\":" + unit
                                + ",\"roles\":[\"UNIT_FILLER\"],\"password\":\"Long-enough-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString("已被使用")));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(users);
    }

    @Test
    void anAdminCannotDisableItselfOrDropItsOwnAdminRole() throws Exception {
        long adminId = ((CurrentUser) accounts.loadUserByUsername("admin")).id();
        mvc.perform(post("/api/admin/users/" + adminId + "/disable").with(asAdmin()))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/admin/users/" + adminId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"系统管理员\",\"organisationId\":" + organisationId(DemoData.FINANCE)
                                + ",\"roles\":[\"FINANCE_REVIEWER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("roles"));
        assertThat(((CurrentUser) accounts.loadUserByUsername("admin")).isEnabled()).isTrue();
    }

    @Test
    void theChinesePageListsAccountsEscapedAndItsFormsWork() throws Exception {
        String username = "pg" + TestWorld.freshYear();
        mvc.perform(post("/admin/users").with(asAdmin()).with(csrf())
                        .param("username", username).param("displayName", "<script>alert(1)</script>")
                        .param("organisationId", String.valueOf(organisationId(DemoData.SCIENCE_COMMITTEE_OWN)))
                        .param("roles", "UNIT_FILLER", "UNIT_LEADER").param("password", "Page-pass-1"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "已创建账号 " + username));
        String page = mvc.perform(get("/admin/users").with(asAdmin())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户管理")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(username, "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        long id = ((CurrentUser) accounts.loadUserByUsername(username)).id();
        mvc.perform(post("/admin/users/" + id + "/enabled").with(asAdmin()).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
        mvc.perform(get("/admin/users/" + id).with(asAdmin())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已停用")));
    }

    @Test
    void onlySystemAdminsManageAccounts() throws Exception {
        for (String other : new String[]{"finance", "dept", "unit"}) {
            mvc.perform(get("/api/admin/users").with(httpBasic(other, DemoData.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users").with(user(accounts.loadUserByUsername(other)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/admin/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/users").with(asAdmin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'unit')]").exists())
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    private long organisationId(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }
}
