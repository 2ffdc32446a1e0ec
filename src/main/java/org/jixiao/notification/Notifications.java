package org.jixiao.notification;

import org.jixiao.common.NotFoundException;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes in-app notifications (in the caller's transaction, so they vanish with a rolled-back action) and
 * reads a person's own. E-mail, when configured, follows after commit through {@link NotificationCreated}.
 */
@Service("notifications")
public class Notifications {

    /** The people of a unit who fill and sign its forms. */
    public static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_FILLER, Role.UNIT_LEADER);

    private static final int LIST_LIMIT = 200;

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    public Notifications(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    /** Tells every active person of the organisation holding one of the roles; returns how many were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toOrganisation(Long organisationId, Collection<Role> roles, NotificationKind kind, Long projectId,
                              String message) {
        List<Recipient> recipients = recipients(organisationId, roles);
        recipients.forEach(user -> toUser(user, kind, projectId, message));
        return recipients.size();
    }

    /** The active people of the organisation holding one of the roles, to tell several things at once. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Long organisationId, Collection<Role> roles) {
        return notifications.findActiveWithRoles(organisationId).stream()
                .filter(holder -> roles.contains(holder.role()))
                .map(holder -> new Recipient(holder.id(), holder.email()))
                .distinct()
                .toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toUser(Recipient user, NotificationKind kind, Long projectId, String message) {
        notifications.save(new Notification(user.id(), kind, projectId, message, Instant.now()));
        if (user.email() != null && !user.email().isBlank()) {
            events.publishEvent(new NotificationCreated(user.email(), "【绩效管理】" + kind.label(), message));
        }
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return notifications.countByRecipientIdAndReadAtIsNull(user.id());
    }

    /** The person's own notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> of(CurrentUser user) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(user.id(), PageRequest.of(0, LIST_LIMIT));
    }

    /** Marks one of the person's own notifications read; someone else's is "not found". */
    @Transactional
    public Notification markRead(Long id, CurrentUser user) {
        Notification notification = notifications.findByIdAndRecipientId(id, user.id())
                .orElseThrow(() -> new NotFoundException("通知不存在"));
        notification.markRead(Instant.now());
        return notification;
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.id(), Instant.now());
    }
}
