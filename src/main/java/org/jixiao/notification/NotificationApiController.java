package org.jixiao.notification;

import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The caller's own notifications. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationApiController {

    private final Notifications notifications;

    public NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    public List<NotificationView> mine(@AuthenticationPrincipal CurrentUser user) {
        return notifications.of(user).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/read")
    public NotificationView read(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return NotificationView.of(notifications.markRead(id, user));
    }

    public record NotificationView(Long id, NotificationKind kind, Long projectId, String message,
                                   Instant createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getProjectId(), n.getMessage(), n.getCreatedAt(),
                    n.isRead());
        }
    }
}
