package org.jixiao.security;

import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The logged-in person as every feature sees it: who, for which organisation, with which roles.
 * Immutable and serialisable so that it survives in a (JDBC-stored) session.
 */
public final class CurrentUser implements UserDetails, Serializable {

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final long organisationId;
    private final String organisationName;
    private final OrganisationType organisationType;
    /** The department whose data this person may see: its own for departments, the parent for units. */
    private final Long departmentId;
    private final Set<Role> roles;
    private final boolean enabled;

    public CurrentUser(long id, String username, String passwordHash, String displayName, long organisationId,
                       String organisationName, OrganisationType organisationType, Long departmentId,
                       Set<Role> roles, boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationType = organisationType;
        this.departmentId = departmentId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
    }

    public static CurrentUser of(AppUser user) {
        Organisation org = user.getOrganisation();
        Long departmentId = switch (org.getType()) {
            case DEPARTMENT -> org.getId();
            case UNIT -> org.getParent().getId();
            case FINANCE -> null;
        };
        return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                org.getId(), org.getName(), org.getType(), departmentId, user.getRoles(), user.isEnabled());
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    public Long departmentId() {
        return departmentId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isFinance() {
        return organisationType == OrganisationType.FINANCE;
    }

    public boolean isDepartment() {
        return organisationType == OrganisationType.DEPARTMENT;
    }

    public boolean isUnit() {
        return organisationType == OrganisationType.UNIT;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Principals are compared by user so that the session registry recognises the same person. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
