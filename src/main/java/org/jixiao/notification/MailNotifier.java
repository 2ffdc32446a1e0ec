package org.jixiao.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each notification also by e-mail, only when an SMTP server is configured ({@code spring.mail.host}).
 * After commit, so a rolled-back action sends nothing; a mail failure never undoes the in-app notification.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final JavaMailSender mail;

    public MailNotifier(JavaMailSender mail) {
        this.mail = mail;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void send(NotificationCreated notification) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(notification.email());
        message.setSubject(notification.subject());
        message.setText(notification.text());
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("mail to {} failed: {}", notification.email(), e.getMessage());
        }
    }
}
