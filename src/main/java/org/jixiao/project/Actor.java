package org.jixiao.project;

import org.jixiao.security.CurrentUser;

/** Who did something, as written into the history: a person, or the system itself (timers, scoring). */
public record Actor(String username, String name, String organisationName) {

    public static final Actor SYSTEM = new Actor(null, "系统", null);

    public static Actor of(CurrentUser user) {
        return new Actor(user.getUsername(), user.displayName(), user.organisationName());
    }
}
