package org.jixiao.notification;

/** Published for each notification to a person with an e-mail address, for the optional {@link MailNotifier}. */
public record NotificationCreated(String email, String subject, String text) {
}
