package org.jixiao.security;

import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;

/**
 * Outside the demo profile a new installation starts with no account at all. With {@code JIXIAO_ADMIN_PASSWORD}
 * set, the first start on an empty database creates the system admin {@code admin} (in the finance bureau, which
 * it creates if there is none yet, named {@code JIXIAO_ADMIN_ORGANISATION}); once any account exists it does
 * nothing, so the variable may stay set and several nodes may start with it.
 */
@Component
@Profile("!demo")
@Order(10)
public class FirstAdminAccount implements ApplicationRunner {

    public static final String USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final String password;
    private final String financeName;

    public FirstAdminAccount(AppUserRepository users, OrganisationRepository organisations, PasswordEncoder passwords,
                             PlatformTransactionManager transactionManager,
                             @Value("${jixiao.admin.password}") String password,
                             @Value("${jixiao.admin.organisation}") String financeName) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactionManager);
        this.password = password;
        this.financeName = financeName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("The database has no account. Set JIXIAO_ADMIN_PASSWORD to create the system admin '{}'.", USERNAME);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("JIXIAO_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        try {
            transaction.executeWithoutResult(status -> createAdmin());
            log.info("Created the system admin '{}' in {}", USERNAME, financeName);
        } catch (DataIntegrityViolationException e) {
            // another node starting at the same moment created it first
            log.info("The system admin '{}' was created by another node", USERNAME);
        }
    }

    private void createAdmin() {
        Organisation finance = organisations.findByTypeOrderByName(OrganisationType.FINANCE).stream().findFirst()
                .orElseGet(() -> organisations.save(new Organisation(financeName, OrganisationType.FINANCE, null)));
        users.saveAndFlush(new AppUser(USERNAME, passwords.encode(password), "系统管理员", finance,
                EnumSet.of(Role.SYSTEM_ADMIN)));
    }
}
