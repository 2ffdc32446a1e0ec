package org.jixiao.project;

import org.jixiao.security.CurrentUser;

/**
 * The projects an organisation may see: all for the finance bureau, its units' for a department,
 * its own for a unit. A {@code null} id means "no restriction on this column".
 */
public record ProjectScope(Long departmentId, Long unitId) {

    public static final ProjectScope ALL = new ProjectScope(null, null);

    public static ProjectScope of(CurrentUser user) {
        return switch (user.organisationType()) {
            case FINANCE -> ALL;
            case DEPARTMENT -> new ProjectScope(user.organisationId(), null);
            case UNIT -> new ProjectScope(null, user.organisationId());
        };
    }

    public boolean includes(Project project) {
        return (departmentId == null || departmentId.equals(project.getDepartment().getId()))
                && (unitId == null || unitId.equals(project.getUnit().getId()));
    }
}
