package org.jixiao.demo;

import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Year;
import java.util.EnumSet;
import java.util.Set;

/**
 * The demo world of the {@code demo} profile (the default, on H2 only): the organisations of the seeds, five
 * demo users with password {@code demo}, and a few projects of the current year at different stages.
 * Runs once, on an empty database.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    public static final String FINANCE = "松江区财政局";
    public static final String SCIENCE_COMMITTEE = "上海市松江区科学技术委员会";
    public static final String SCIENCE_COMMITTEE_OWN = "上海市松江区科学技术委员会（本部）";
    public static final String INNOVATION_CENTRE = "上海市松江区科技创新服务中心";
    public static final String SCIENCE_MUSEUM = "松江区科技馆";
    public static final String CITY_OPERATIONS = "上海市松江区城市运行管理中心";
    public static final String ADMIN_SERVICE_CENTRE = "上海市松江区行政服务中心";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final DemoProjects demoProjects;
    private final TransactionTemplate transaction;

    public DemoData(OrganisationRepository organisations, AppUserRepository users, PasswordEncoder passwords,
                    DemoProjects demoProjects, PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
        this.demoProjects = demoProjects;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> createWorld());
        demoProjects.walk(Year.now().getValue());
        log.info("Demo data created: users admin, finance, dept, unit, unit2 (password '{}')", PASSWORD);
    }

    private void createWorld() {
        Organisation finance = organisations.save(new Organisation(FINANCE, OrganisationType.FINANCE, null));
        Organisation science = organisations.save(new Organisation(SCIENCE_COMMITTEE, OrganisationType.DEPARTMENT, null));
        Organisation scienceOwn = organisations.save(new Organisation(SCIENCE_COMMITTEE_OWN, OrganisationType.UNIT, science));
        Organisation innovation = organisations.save(new Organisation(INNOVATION_CENTRE, OrganisationType.UNIT, science));
        organisations.save(new Organisation(SCIENCE_MUSEUM, OrganisationType.UNIT, science));
        Organisation city = organisations.save(new Organisation(CITY_OPERATIONS, OrganisationType.DEPARTMENT, null));
        organisations.save(new Organisation(CITY_OPERATIONS + "（本部）", OrganisationType.UNIT, city));
        Organisation service = organisations.save(new Organisation(ADMIN_SERVICE_CENTRE, OrganisationType.DEPARTMENT, null));
        organisations.save(new Organisation(ADMIN_SERVICE_CENTRE + "（本部）", OrganisationType.UNIT, service));

        user("admin", "系统管理员", finance, EnumSet.of(Role.SYSTEM_ADMIN));
        user("finance", "财政局 王科长", finance, EnumSet.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN));
        user("dept", "区科委 李审核", science, EnumSet.of(Role.DEPT_REVIEWER));
        user("unit", "区科委本部 张经办", scienceOwn, EnumSet.of(Role.UNIT_FILLER, Role.UNIT_LEADER));
        user("unit2", "科创中心 陈经办", innovation, EnumSet.of(Role.UNIT_FILLER));
    }

    private void user(String username, String name, Organisation org, Set<Role> roles) {
        users.save(new AppUser(username, passwords.encode(PASSWORD), name, org, roles));
    }
}
