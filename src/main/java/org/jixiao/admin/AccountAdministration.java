package org.jixiao.admin;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.RecentAccounts;
import org.jixiao.workflow.CamundaAdminAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The system admin's management of accounts: create, change organisation and roles, reset the password,
 * disable and enable. A disabled account can no longer log in (pages or HTTP Basic), and its open sessions end;
 * on other nodes its API calls end within {@link RecentAccounts}' few seconds.
 */
@Service
public class AccountAdministration {

    /** Letters and digits: also the rule of the Camunda engine for the twins of system admins. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final CamundaAdminAccounts camundaAccounts;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final RecentAccounts recentAccounts;

    public AccountAdministration(AppUserRepository users, OrganisationRepository organisations,
                                 PasswordEncoder passwords, CamundaAdminAccounts camundaAccounts,
                                 ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
                                 RecentAccounts recentAccounts) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.camundaAccounts = camundaAccounts;
        this.sessions = sessions;
        this.recentAccounts = recentAccounts;
    }

    /** What an admin enters for a new account. */
    public record NewAccount(String username, String displayName, String email, Long organisationId,
                             Set<Role> roles, String password) {
    }

    /** What an admin may change of an account (everything but the user name and password). */
    public record AccountChange(String displayName, String email, Long organisationId, Set<Role> roles) {
    }

    @Transactional(readOnly = true)
    public List<AppUser> list(CurrentUser admin) {
        requireSystemAdmin(admin);
        return users.findAll(Sort.by("username"));
    }

    @Transactional(readOnly = true)
    public AppUser find(Long id, CurrentUser admin) {
        requireSystemAdmin(admin);
        return users.findById(id).orElseThrow(() -> new NotFoundException("账号不存在"));
    }

    @Transactional
    public AppUser create(NewAccount account, CurrentUser admin) {
        requireSystemAdmin(admin);
        List<FieldProblem> problems = new ArrayList<>();
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "用户名应为2至64位字母或数字"));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "用户名“" + username + "”已被使用"));
        }
        Organisation organisation = checkProfile(account.displayName(), account.email(), account.organisationId(),
                account.roles(), problems);
        checkPassword(account.password(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppUser user = new AppUser(username, passwords.encode(account.password()), account.displayName().strip(),
                organisation, account.roles());
        user.setEmail(blankToNull(account.email()));
        try {
            user = users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("username", "用户名“" + username + "”已被使用");
        }
        camundaAccounts.sync(username, account.roles().contains(Role.SYSTEM_ADMIN));
        return user;
    }

    @Transactional
    public AppUser change(Long id, AccountChange change, CurrentUser admin) {
        AppUser user = find(id, admin);
        List<FieldProblem> problems = new ArrayList<>();
        Organisation organisation = checkProfile(change.displayName(), change.email(), change.organisationId(),
                change.roles(), problems);
        if (user.getId() == admin.id() && change.roles() != null && !change.roles().contains(Role.SYSTEM_ADMIN)) {
            problems.add(new FieldProblem("roles", "不能取消自己的系统管理员角色"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean accessChanged = !user.getOrganisation().getId().equals(organisation.getId())
                || !user.getRoles().equals(change.roles());
        user.setDisplayName(change.displayName().strip());
        user.setEmail(blankToNull(change.email()));
        user.setOrganisation(organisation);
        user.setRoles(change.roles());
        camundaAccounts.sync(user.getUsername(), user.isEnabled() && change.roles().contains(Role.SYSTEM_ADMIN));
        recentAccounts.forgetOnCommit(user.getUsername());
        if (accessChanged) {
            endSessions(user.getUsername());
        }
        return user;
    }

    @Transactional
    public void resetPassword(Long id, String password, CurrentUser admin) {
        AppUser user = find(id, admin);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.setPasswordHash(passwords.encode(password));
        recentAccounts.forgetOnCommit(user.getUsername());
        endSessions(user.getUsername());
    }

    @Transactional
    public AppUser setEnabled(Long id, boolean enabled, CurrentUser admin) {
        AppUser user = find(id, admin);
        if (!enabled && user.getId() == admin.id()) {
            throw new InvalidInputException("enabled", "不能停用自己的账号");
        }
        user.setEnabled(enabled);
        camundaAccounts.sync(user.getUsername(), enabled && user.getRoles().contains(Role.SYSTEM_ADMIN));
        recentAccounts.forgetOnCommit(user.getUsername());
        if (!enabled) {
            endSessions(user.getUsername());
        }
        return user;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations(CurrentUser admin) {
        requireSystemAdmin(admin);
        return organisations.findAll(Sort.by("type", "name"));
    }

    private Organisation checkProfile(String displayName, String email, Long organisationId, Set<Role> roles,
                                      List<FieldProblem> problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "请填写姓名"));
        } else if (displayName.strip().length() > 100) {
            problems.add(new FieldProblem("displayName", "姓名不能超过100字"));
        }
        if (email != null && !email.isBlank() && (email.length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(new FieldProblem("email", "电子邮箱格式不正确"));
        }
        Organisation organisation = organisationId == null ? null : organisations.findById(organisationId).orElse(null);
        if (organisation == null) {
            problems.add(new FieldProblem("organisationId", "请选择所属单位"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "请至少选择一个角色"));
        } else if (organisation != null) {
            for (Role role : roles) {
                if (organisationTypeOf(role) != organisation.getType()) {
                    problems.add(new FieldProblem("roles", "角色“" + role.label() + "”不适用于" + organisation.getName()));
                }
            }
        }
        return organisation;
    }

    /** The kind of organisation whose people may hold the role. */
    public static OrganisationType organisationTypeOf(Role role) {
        return switch (role) {
            case UNIT_FILLER, UNIT_LEADER -> OrganisationType.UNIT;
            case DEPT_REVIEWER -> OrganisationType.DEPARTMENT;
            case FINANCE_REVIEWER, FINANCE_ADMIN, SYSTEM_ADMIN -> OrganisationType.FINANCE;
        };
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "密码至少" + MIN_PASSWORD + "位"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password", "密码过长（最多" + MAX_PASSWORD_BYTES + "个字节）"));
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("password", "密码不能包含控制字符"));
        }
    }

    /** Ends the person's sessions on every node, so that a change of access takes effect at once. */
    private void endSessions(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }

    private static void requireSystemAdmin(CurrentUser admin) {
        if (admin == null || !admin.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以管理账号");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
