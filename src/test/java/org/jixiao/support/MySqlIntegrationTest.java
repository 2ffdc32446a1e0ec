package org.jixiao.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@link IntegrationTest} on the real MySQL-compatible server: the {@code mysql} profile (its driver options,
 * isolation and pool) on a throw-away schema, with the demo world. All classes with this annotation share one
 * cached context; the schema is dropped when it closes. Skipped where no server answers (see
 * {@link EnabledIfMySql}). A subclass of an H2 test class with this annotation runs the same tests on MySQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfMySql
@SpringBootTest(properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false"
})
@ContextConfiguration(initializers = MySqlSchemaInitializer.class)
@AutoConfigureMockMvc
@ExtendWith(TestWorld.Years.class)
@ActiveProfiles({"demo", "mysql"})
public @interface MySqlIntegrationTest {
}
