package org.jixiao.security;

import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;

/** The people the authorization matrix tries every endpoint as: nobody, then one person per role. */
enum Who {
    ANONYMOUS(null, null),
    UNIT_FILLER(Role.UNIT_FILLER, OrganisationType.UNIT),
    UNIT_LEADER(Role.UNIT_LEADER, OrganisationType.UNIT),
    DEPT_REVIEWER(Role.DEPT_REVIEWER, OrganisationType.DEPARTMENT),
    FINANCE_REVIEWER(Role.FINANCE_REVIEWER, OrganisationType.FINANCE),
    FINANCE_ADMIN(Role.FINANCE_ADMIN, OrganisationType.FINANCE),
    SYSTEM_ADMIN(Role.SYSTEM_ADMIN, OrganisationType.FINANCE);

    final Role role;
    final OrganisationType organisationType;

    Who(Role role, OrganisationType organisationType) {
        this.role = role;
        this.organisationType = organisationType;
    }

    boolean isFinance() {
        return organisationType == OrganisationType.FINANCE;
    }

    boolean isUnit() {
        return organisationType == OrganisationType.UNIT;
    }
}
