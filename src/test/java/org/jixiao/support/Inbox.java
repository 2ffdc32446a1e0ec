package org.jixiao.support;

import org.jixiao.notification.Notification;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.NotificationRepository;
import org.jixiao.organisation.AppUserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

import java.util.List;

/** Reads a demo user's notifications about one project straight from the table, for assertions. */
public final class Inbox {

    private final NotificationRepository notifications;
    private final AppUserRepository users;

    private Inbox(ApplicationContext context) {
        this.notifications = context.getBean(NotificationRepository.class);
        this.users = context.getBean(AppUserRepository.class);
    }

    public static Inbox of(ApplicationContext context) {
        return new Inbox(context);
    }

    public List<Notification> of(String username, Long projectId, NotificationKind kind) {
        Long userId = users.findByUsername(username).orElseThrow().getId();
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(userId, Pageable.unpaged()).stream()
                .filter(n -> projectId.equals(n.getProjectId()) && n.getKind() == kind)
                .toList();
    }
}
