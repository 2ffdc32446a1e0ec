package org.jixiao.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the test class only where a MySQL-compatible server answers; fails it when one is required but absent. */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfMySql.Condition.class)
public @interface EnabledIfMySql {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return MySqlTestDatabase.serverAvailable()
                    ? ConditionEvaluationResult.enabled("MySQL server available")
                    : ConditionEvaluationResult.disabled("no MySQL server; set JIXIAO_REQUIRE_MYSQL=1 to fail instead");
        }
    }
}
