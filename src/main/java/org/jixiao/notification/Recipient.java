package org.jixiao.notification;

import org.jixiao.organisation.Role;

/** Someone to notify: only what a notification needs. */
public record Recipient(Long id, String email) {

    /** One role of one person, as read for choosing recipients. */
    public record WithRole(Long id, String email, Role role) {
    }
}
