package org.jixiao.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Points a test context at a new schema of the local MySQL-compatible server, through the same variables an
 * operator sets ({@code JIXIAO_DB_URL} and friends, here as properties), and drops the schema with the context.
 */
public class MySqlSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MySqlTestDatabase database = MySqlTestDatabase.create();
        TestPropertyValues.of(
                "JIXIAO_DB_URL=" + database.bareUrl(),
                "JIXIAO_DB_USER=" + database.user(),
                "JIXIAO_DB_PASSWORD=" + database.password()
        ).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                database.drop();
            }
        });
    }
}
