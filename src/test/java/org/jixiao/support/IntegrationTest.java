package org.jixiao.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Boot test of the whole application on a private in-memory H2 database with the demo world.
 * All classes with this annotation share one cached context, so each test works in a fiscal year of its own
 * ({@link TestWorld#freshYear()}). The job executor is off: tests run jobs explicitly and deterministically.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:jixiao-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false"
})
@AutoConfigureMockMvc
@ExtendWith(TestWorld.Years.class)
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
