package org.jixiao.cockpit;

import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.Notifications;
import org.jixiao.notification.Recipient;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectScope;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 催办: finance, or a department for its own units, presses units to submit the form they are filling.
 * Each urged project gets a history entry and its unit's people a notification, all in one transaction.
 */
@Service
public class Urging {

    private static final int MAX_PROJECTS = 1000;
    private static final String SELECT = "select p.id, p.name, p.unit_id, p.stage, p.step from project p";

    private final NamedParameterJdbcTemplate jdbc;
    private final Notifications notifications;
    private final ProjectHistory history;

    public Urging(NamedParameterJdbcTemplate jdbc, Notifications notifications, ProjectHistory history) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.history = history;
    }

    /** Urges the named projects; one not visible to the caller makes it 404, one not in filling 409. */
    @Transactional
    public Result urgeProjects(List<Long> projectIds, CurrentUser user) {
        checkMayUrge(user);
        Set<Long> ids = new LinkedHashSet<>(projectIds);
        if (ids.isEmpty() || ids.contains(null)) {
            throw new InvalidInputException("projectIds", "请选择要催办的项目");
        }
        if (ids.size() > MAX_PROJECTS) {
            throw new InvalidInputException("projectIds", "一次最多催办" + MAX_PROJECTS + "个项目");
        }
        MapSqlParameterSource params = ScopeSql.params(ProjectScope.of(user)).addValue("ids", ids);
        List<Target> targets = jdbc.query(SELECT + " where p.id in (:ids)" + ScopeSql.condition(ProjectScope.of(user)),
                params, (rs, i) -> target(rs));
        if (targets.size() != ids.size()) {
            throw new NotFoundException("项目不存在或无权查看");
        }
        targets.stream().filter(t -> t.step() != Step.FILL).findFirst().ifPresent(t -> {
            throw new ConflictException("《" + t.name() + "》当前不在单位填报环节，无需催办");
        });
        return urge(targets, user);
    }

    /** Urges every unit still filling the stage's form in that year, or only the overdue ones. */
    @Transactional
    public Result urgeStage(int year, Stage stage, boolean overdueOnly, CurrentUser user) {
        checkMayUrge(user);
        if (!stage.isFormStage()) {
            throw new InvalidInputException("stage", "只能催办绩效目标申报、绩效运行监控或绩效自评");
        }
        ProjectScope scope = ProjectScope.of(user);
        MapSqlParameterSource params = ScopeSql.params(scope).addValue("year", year).addValue("stage", stage.name())
                .addValue("step", Step.FILL.name());
        String sql = SELECT + " where p.fiscal_year = :year and p.stage = :stage and p.step = :step"
                + (overdueOnly ? " and p.overdue = true" : "") + ScopeSql.condition(scope);
        return urge(jdbc.query(sql, params, (rs, i) -> target(rs)), user);
    }

    private Result urge(List<Target> targets, CurrentUser user) {
        Actor actor = Actor.of(user);
        Map<Long, List<Recipient>> recipientsByUnit = new HashMap<>();
        int notified = 0;
        for (Target target : targets) {
            history.record(target.id(), target.stage(), HistoryAction.URGED, "请尽快填报提交", actor);
            List<Recipient> recipients = recipientsByUnit.computeIfAbsent(target.unitId(),
                    unit -> notifications.recipients(unit, Notifications.UNIT_ROLES));
            String message = "催办：《" + target.name() + "》" + target.stage().label() + "尚未提交，请尽快填报（"
                    + user.organisationName() + " " + user.displayName() + "）";
            recipients.forEach(r -> notifications.toUser(r, NotificationKind.URGED, target.id(), message));
            notified += recipients.size();
        }
        return new Result(targets.size(), notified);
    }

    private static void checkMayUrge(CurrentUser user) {
        boolean may = (user.isFinance() && (user.has(Role.FINANCE_ADMIN) || user.has(Role.FINANCE_REVIEWER)))
                || (user.isDepartment() && user.has(Role.DEPT_REVIEWER));
        if (!may) {
            throw new ForbiddenException("只有财政局或主管部门可以催办");
        }
    }

    private static Target target(ResultSet rs) throws SQLException {
        String step = rs.getString("step");
        return new Target(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                Stage.valueOf(rs.getString("stage")), step == null ? null : Step.valueOf(step));
    }

    private record Target(Long id, String name, Long unitId, Stage stage, Step step) {
    }

    /** How many projects were urged and how many people were told. */
    public record Result(int urgedProjects, int notifiedPeople) {
    }
}
