package org.jixiao.cockpit;

import org.jixiao.project.ProjectScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A {@link ProjectScope} as SQL for the hand-written queries over {@code project p}: only the restrictions
 * that apply become conditions, so the database can use its indexes.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    static String condition(ProjectScope scope) {
        return (scope.departmentId() == null ? "" : " and p.department_id = :scopeDepartment")
                + (scope.unitId() == null ? "" : " and p.unit_id = :scopeUnit");
    }

    static MapSqlParameterSource params(ProjectScope scope) {
        return new MapSqlParameterSource()
                .addValue("scopeDepartment", scope.departmentId())
                .addValue("scopeUnit", scope.unitId());
    }
}
