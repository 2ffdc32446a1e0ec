package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps people to the candidate groups of the BPMN user tasks: {@code unit-<id>} for a unit's fillers,
 * {@code dept-<id>} for a department's reviewers, {@code finance} for the finance bureau's reviewers.
 */
public final class CandidateGroups {

    public static final String FINANCE = "finance";
    static final String UNIT_PREFIX = "unit-";
    static final String DEPARTMENT_PREFIX = "dept-";

    private CandidateGroups() {
    }

    public static String unit(long unitId) {
        return UNIT_PREFIX + unitId;
    }

    public static String department(long departmentId) {
        return DEPARTMENT_PREFIX + departmentId;
    }

    public static List<String> of(CurrentUser user) {
        List<String> groups = new ArrayList<>(1);
        if (user.isUnit() && (user.has(Role.UNIT_FILLER) || user.has(Role.UNIT_LEADER))) {
            groups.add(unit(user.organisationId()));
        }
        if (user.isDepartment() && user.has(Role.DEPT_REVIEWER)) {
            groups.add(department(user.organisationId()));
        }
        if (user.isFinance() && (user.has(Role.FINANCE_REVIEWER) || user.has(Role.FINANCE_ADMIN))) {
            groups.add(FINANCE);
        }
        return groups;
    }

    /** The candidate groups of a task being created (the BPMN gives each user task one). */
    static List<String> of(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .toList();
    }
}
