package org.jixiao.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** E-mail goes out only with {@code spring.mail.host}; a failing server does not break the caller. */
class MailNotifierTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(FakeMail.class, MailNotifier.class);

    @Test
    void withoutAMailHostThereIsNoMailNotifier() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MailNotifier.class));
    }

    @Test
    void withAMailHostEachNotificationIsMailed() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org").run(context -> {
            context.getBean(MailNotifier.class).send(new NotificationCreated("zhang@example.org", "【绩效管理】催办", "请尽快提交"));
            List<SimpleMailMessage> sent = context.getBean(FakeMailSender.class).sent;
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).getTo()).containsExactly("zhang@example.org");
            assertThat(sent.get(0).getSubject()).isEqualTo("【绩效管理】催办");
            assertThat(sent.get(0).getText()).isEqualTo("请尽快提交");
        });
    }

    @Test
    void aFailingServerIsLoggedNotThrown() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org").run(context -> {
            context.getBean(FakeMailSender.class).failing = true;
            assertThatCode(() -> context.getBean(MailNotifier.class)
                    .send(new NotificationCreated("zhang@example.org", "s", "t"))).doesNotThrowAnyException();
        });
    }

    @Configuration
    static class FakeMail {
        @Bean
        JavaMailSender mailSender() {
            return new FakeMailSender();
        }
    }

    /** Records instead of talking SMTP. */
    static class FakeMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean failing;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("server down");
            }
            sent.addAll(List.of(messages));
        }
    }
}
