package org.jixiao.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.jixiao.admin.AccountAdministration;
import org.jixiao.demo.DemoData;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts: bcrypt hashes, throttled guessing, a new session id at login, logout ending the session, secure
 * headers, no stack traces, no secrets in the configuration. Every test uses accounts of its own, so that
 * wrong passwords never lock the demo users other tests sign in as.
 */
@IntegrationTest
class AccountSecurityTest {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    private static final String PASSWORD = "Secret-2040";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JixiaoUserDetailsService accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String username = newAccount("hash");
        assertThat(encoder.encode("anything")).matches(BCRYPT);
        List<String> hashes = jdbc.queryForList("select password_hash from app_user", String.class);
        assertThat(hashes).isNotEmpty().allMatch(h -> BCRYPT.matcher(h).matches());
        String stored = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                username);
        assertThat(stored).doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void repeatedWrongPasswordsLockTheNameFromThatAddressOnly() throws Exception {
        String username = newAccount("lock");
        for (int i = 0; i < throttle.maxFailures(); i++) {
            mvc.perform(login(username, "wrong" + i)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = ? and locked_until is not null",
                Long.class, username)).isEqualTo(1);
        // the right password does not help from the same address, on the page or with HTTP Basic
        mvc.perform(login(username, PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/tasks").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/login?locked")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .content().string(org.hamcrest.Matchers.containsString("登录失败次数过多")));
        // another address is not locked
        mvc.perform(login(username, PASSWORD).with(r -> {
            r.setRemoteAddr("10.20.30.40");
            return r;
        })).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulLoginClearsTheCountOfFailures() throws Exception {
        String username = newAccount("reset");
        mvc.perform(login(username, "wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, "wrong")).andExpect(redirectedUrl("/login?error"));
        assertThat(throttle.failures(username, "127.0.0.1")).isEqualTo(2);
        mvc.perform(login(username, PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(throttle.failures(username, "127.0.0.1")).isZero();
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
        String username = newAccount("session");
        Cookie anonymous = sessionCookie(mvc.perform(get("/login")).andReturn());
        assertThat(anonymous).as("the login page starts a session (for its CSRF token)").isNotNull();

        MvcResult loggedIn = mvc.perform(login(username, PASSWORD).cookie(anonymous))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = sessionCookie(loggedIn);
        assertThat(session).isNotNull();
        assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
        mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/tasks").cookie(anonymous)).andExpect(redirectedUrl("http://localhost/login"));

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/tasks").cookie(session)).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void pagesAndApiAnswersCarrySecureHeaders() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(
                get("/tasks").with(user(accounts.loadUserByUsername("unit"))),
                get("/api/tasks").with(user(accounts.loadUserByUsername("unit"))),
                get("/login"))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("frame-ancestors 'self'")))
                    .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void errorAnswersNeverShowAStackTraceOrTheExceptionMessage() throws Exception {
        RuntimeException failure = new IllegalStateException("secret detail of the failure");
        String page = mvc.perform(get("/error").with(user(accounts.loadUserByUsername("unit"))).accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/tasks"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String json = mvc.perform(get("/error").accept("application/json")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/tasks"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> answers = new java.util.ArrayList<>(List.of(page, json));
        for (MockHttpServletRequestBuilder bad : List.of(
                get("/api/projects/not-a-number"), get("/api/projects/99999999999999999999999"),
                post("/api/tasks/x/complete").contentType("application/json").content("{\"decision\":"),
                post("/api/tasks/x/complete").contentType("text/plain").content("x"),
                get("/api/no-such-endpoint"), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/tasks"))) {
            answers.add(mvc.perform(bad.with(httpBasic("unit", DemoData.PASSWORD)))
                    .andExpect(status().is4xxClientError())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(page).contains("<html");
        // unknown paths and methods get their body from the container's error page (above), blank in MockMvc
        assertThat(answers.subList(0, 6)).allSatisfy(body -> assertThat(body).isNotBlank());
        assertThat(answers).hasSize(8).allSatisfy(body -> assertThat(body)
                .doesNotContain("secret detail", "Exception", "\tat ", "at org.", "at java.", "trace"));
    }

    @Test
    void secretsComeOnlyFromTheEnvironment() throws IOException {
        Pattern secretKey = Pattern.compile("(?i).*(password|secret|token|credential|api-?key|private-?key).*");
        int checked = 0;
        try (var files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (secretKey.matcher(key).matches()) {
                        String value = properties.getProperty(key).strip();
                        assertThat(value).as(file.getFileName() + ": " + key)
                                .matches("|\\$\\{[A-Z0-9_]+(:)?}|\\$\\{[A-Z0-9_]+}");
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("password settings found and checked").isPositive();
    }

    private String newAccount(String label) {
        String username = "acc" + label + TestWorld.freshYear();
        administration.create(new AccountAdministration.NewAccount(username, "测试 " + label, null,
                organisations.findByName(DemoData.SCIENCE_COMMITTEE_OWN).orElseThrow().getId(),
                EnumSet.of(Role.UNIT_FILLER), PASSWORD), (CurrentUser) accounts.loadUserByUsername("admin"));
        return username;
    }

    static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    private static Cookie sessionCookie(MvcResult result) {
        return result.getResponse().getCookie("SESSION");
    }
}
