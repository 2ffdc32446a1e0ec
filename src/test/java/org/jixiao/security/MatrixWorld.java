package org.jixiao.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.jixiao.demo.DemoData;
import org.jixiao.form.FormFixtures;
import org.jixiao.indicator.IndicatorInput;
import org.jixiao.indicator.IndicatorLibrary;
import org.jixiao.notification.Notification;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.NotificationRepository;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.Role;
import org.jixiao.project.Stage;
import org.jixiao.publication.PublicationService;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.CamundaAdminAccounts;
import org.jixiao.workflow.Decision;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The people and projects of the authorization matrix, in a fiscal year of their own. People: one per role
 * (unit people at 区科委本部, the reviewer at 区科委, finance people at the finance bureau) plus colleagues and
 * helpers. Projects, each made on first use: one in the unit's filling (with a saved declaration), one in the
 * department's review and one in finance's review, and their counterparts at other organisations.
 * {@link #fresh()} gives a new set of projects for an allowed write, which may change them.
 */
final class MatrixWorld {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final TestWorld world;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final NotificationRepository notifications;
    private final AppUserRepository users;
    private final int year;
    private final String prefix;
    private final Map<Who, CurrentUser> people = new EnumMap<>(Who.class);
    private final Projects shared;
    private final String passwordHash;
    private final Organisation unit;
    private final Long ownDepartment;
    private final Long otherDepartment;
    private final IndicatorLibrary indicators;
    private final Supplier<Long> published;

    MatrixWorld(ApplicationContext context) {
        this.world = TestWorld.of(context);
        this.tasks = context.getBean(TaskService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.notifications = context.getBean(NotificationRepository.class);
        this.users = context.getBean(AppUserRepository.class);
        this.year = TestWorld.freshYear();
        this.prefix = "mx" + year; // letters and digits only: Camunda's rule for user ids
        OrganisationRepository organisations = context.getBean(OrganisationRepository.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        String hash = encoder.encode(DemoData.PASSWORD);
        this.passwordHash = hash;
        this.unit = organisations.findByName(DemoData.SCIENCE_COMMITTEE_OWN).orElseThrow();
        Organisation department = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow();
        Organisation finance = organisations.findByName(DemoData.FINANCE).orElseThrow();
        Organisation cityUnit = organisations.findByName(DemoData.CITY_OPERATIONS + "（本部）").orElseThrow();
        this.ownDepartment = department.getId();
        this.otherDepartment = organisations.findByName(DemoData.CITY_OPERATIONS).orElseThrow().getId();
        this.indicators = context.getBean(IndicatorLibrary.class);
        PublicationService publication = context.getBean(PublicationService.class);
        this.published = once(() -> {
            Long id = world.approvedSelfEvaluation(year, "矩阵已公开-" + NAMES.incrementAndGet(),
                    DemoData.SCIENCE_COMMITTEE_OWN).getId();
            publication.publish(new PublicationService.PublishRequest(java.util.List.of(id), null, null),
                    user(Who.FINANCE_ADMIN));
            return id;
        });
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                continue;
            }
            Organisation org = switch (who.organisationType) {
                case UNIT -> unit;
                case DEPARTMENT -> department;
                case FINANCE -> finance;
            };
            users.save(new AppUser(username(who), hash, "矩阵 " + who.role.label(), org, EnumSet.of(who.role)));
            people.put(who, (CurrentUser) world.user(username(who)));
        }
        users.save(new AppUser(prefix + "dept2", hash, "矩阵 第二审核人", department, EnumSet.of(Role.DEPT_REVIEWER)));
        users.save(new AppUser(prefix + "city", hash, "矩阵 城运经办", cityUnit, EnumSet.of(Role.UNIT_FILLER)));
        context.getBean(CamundaAdminAccounts.class).sync(username(Who.SYSTEM_ADMIN), true);
        this.shared = new Projects();
    }

    int year() {
        return year;
    }

    CurrentUser user(Who who) {
        return people.get(who);
    }

    String username(Who who) {
        return prefix + who.name().toLowerCase().replace("_", "");
    }

    /** The data of the shared projects, which only reads and refused writes touch. */
    MatrixData shared(Who who, Access.Scope scope) {
        return new View(who, scope, shared);
    }

    /** The data of new projects, for a write that is allowed and changes them. */
    MatrixData fresh(Who who, Access.Scope scope) {
        return new View(who, scope, new Projects());
    }

    /** Names of all shared projects another organisation than the person's own holds. */
    java.util.List<String> foreignProjectNames(Who who) {
        if (who.isUnit()) {
            return java.util.List.of(shared.name(shared.siblingFill), shared.name(shared.otherDepartmentReview));
        }
        if (who == Who.DEPT_REVIEWER) {
            return java.util.List.of(shared.name(shared.otherDepartmentReview));
        }
        return java.util.List.of();
    }

    /** Makes every shared project now, so that lists can be checked for what they must not show. */
    void makeSharedProjects() {
        for (Supplier<Long> p : java.util.List.of(shared.fill, shared.siblingFill, shared.departmentReview,
                shared.otherDepartmentReview, shared.financeReview)) {
            p.get();
        }
    }

    /** One set of projects; each is made when first asked for. */
    private final class Projects {
        final Map<Long, String> names = new java.util.HashMap<>();
        final Supplier<Long> fill = once(() -> {
            Long id = project("本部填报", DemoData.SCIENCE_COMMITTEE_OWN);
            world.fillForm(id, Stage.DECLARATION, user(Who.UNIT_FILLER));
            return id;
        });
        final Supplier<Long> siblingFill = once(() -> {
            Long id = project("科创填报", DemoData.INNOVATION_CENTRE);
            world.fillForm(id, Stage.DECLARATION, world.user("unit2"));
            return id;
        });
        final Supplier<Long> departmentReview = once(() -> submitted("本部部门审核", DemoData.SCIENCE_COMMITTEE_OWN,
                username(Who.UNIT_FILLER)));
        final Supplier<Long> otherDepartmentReview = once(() -> submitted("城运部门审核",
                DemoData.CITY_OPERATIONS + "（本部）", prefix + "city"));
        final Supplier<Long> financeReview = once(() -> {
            Long id = submitted("本部财政审核", DemoData.SCIENCE_COMMITTEE_OWN, username(Who.UNIT_FILLER));
            world.act(username(Who.DEPT_REVIEWER), id, Decision.APPROVE, null);
            return id;
        });
        final Map<Who, Long> ownNotifications = new EnumMap<>(Who.class);
        final Supplier<Long> otherNotification = once(() -> notify(users.findByUsername(prefix + "city").orElseThrow()));

        Long own(Who who) {
            return switch (who) {
                case ANONYMOUS, UNIT_FILLER, UNIT_LEADER -> fill.get();
                case DEPT_REVIEWER -> departmentReview.get();
                case FINANCE_REVIEWER, FINANCE_ADMIN, SYSTEM_ADMIN -> financeReview.get();
            };
        }

        Long other(Who who) {
            return who.isUnit() || who == Who.ANONYMOUS ? siblingFill.get() : otherDepartmentReview.get();
        }

        Long notification(Who who, Access.Scope scope) {
            if (scope == Access.Scope.OTHER || who == Who.ANONYMOUS) {
                return otherNotification.get();
            }
            return ownNotifications.computeIfAbsent(who,
                    w -> notify(users.findByUsername(username(w)).orElseThrow()));
        }

        String name(Supplier<Long> project) {
            return names.get(project.get());
        }

        private Long project(String label, String unit) {
            String name = "矩阵" + label + "-" + NAMES.incrementAndGet();
            Long id = world.project(year, name, unit).getId();
            names.put(id, name);
            return id;
        }

        private Long submitted(String label, String unit, String filler) {
            Long id = project(label, unit);
            world.act(filler, id, Decision.SUBMIT, null);
            return id;
        }

        private Long notify(AppUser recipient) {
            return notifications.save(new Notification(recipient.getId(), NotificationKind.URGED, null, "矩阵通知",
                    Instant.now())).getId();
        }
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private final class View implements MatrixData {
        private final Who who;
        private final Access.Scope scope;
        private final Projects projects;

        View(Who who, Access.Scope scope, Projects projects) {
            this.who = who;
            this.scope = scope;
            this.projects = projects;
        }

        @Override
        public int year() {
            return year;
        }

        @Override
        public int freshYear() {
            return TestWorld.freshYear();
        }

        @Override
        public Long project() {
            return scope == Access.Scope.OTHER ? projects.other(who) : projects.own(who);
        }

        @Override
        public String task() {
            Long project = project();
            return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project)).active().list()
                    .stream().findFirst().map(org.camunda.bpm.engine.task.Task::getId)
                    .orElseThrow(() -> new IllegalStateException("project " + project + " has no open task"));
        }

        @Override
        public Long notification() {
            return projects.notification(who, scope);
        }

        @Override
        public String decision() {
            return who.isUnit() || who == Who.ANONYMOUS ? "SUBMIT" : "APPROVE";
        }

        @Override
        public String colleague() {
            return switch (who) {
                case UNIT_FILLER -> username(Who.UNIT_LEADER);
                case UNIT_LEADER -> username(Who.UNIT_FILLER);
                case DEPT_REVIEWER -> prefix + "dept2";
                case FINANCE_REVIEWER -> username(Who.FINANCE_ADMIN);
                case ANONYMOUS, FINANCE_ADMIN, SYSTEM_ADMIN -> username(Who.FINANCE_REVIEWER);
            };
        }

        @Override
        public Long unitId() {
            return user(Who.UNIT_FILLER).organisationId();
        }

        @Override
        public long declarationVersion() {
            return jdbc.queryForList("select version from target_declaration where project_id = ?", Long.class,
                    project()).stream().findFirst().orElse(0L);
        }

        @Override
        public String declarationJson() {
            ObjectNode form = FormFixtures.read("001-04.json");
            form.put("year", year);
            return form.toString();
        }

        @Override
        public String importJson() {
            ObjectNode form = FormFixtures.read("001-04.json");
            form.put("year", freshYear());
            return "[" + form + "]";
        }

        @Override
        public Long spareAccount() {
            AppUser spare = new AppUser(newUsername(), passwordHash, "矩阵 备用", unit, EnumSet.of(Role.UNIT_FILLER));
            return users.save(spare).getId();
        }

        @Override
        public String newUsername() {
            return prefix + "new" + NAMES.incrementAndGet();
        }

        @Override
        public Long department() {
            return scope == Access.Scope.OTHER ? otherDepartment : ownDepartment;
        }

        @Override
        public Long publicProject() {
            return scope == Access.Scope.OTHER ? projects.own(who) : published.get();
        }

        @Override
        public Long spareIndicator() {
            return indicators.create(new IndicatorInput("数量指标", null, newUsername() + "指标", "%", null, "≥90%", null),
                    user(Who.FINANCE_ADMIN)).getId();
        }

        @Override
        public String indicatorJson() {
            return "{\"level2\":\"数量指标\",\"name\":\"" + newUsername() + "指标\",\"unit\":\"%\","
                    + "\"typical_target\":\"≥90%\"}";
        }

        @Override
        public String selfEvaluationJson() {
            return FormFixtures.read("000-07.json").toString();
        }
    }
}
