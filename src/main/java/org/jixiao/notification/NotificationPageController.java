package org.jixiao.notification;

import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list behind the bell: shows the person's notifications and marks them read by being opened. */
@Controller
public class NotificationPageController {

    private final Notifications notifications;

    public NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        // read before marking, so the page can still highlight what was new
        model.addAttribute("notifications", notifications.of(user));
        notifications.markAllRead(user);
        return "notifications";
    }
}
