package org.jixiao.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class only where Debian's chromium and chromedriver are installed; fails it when
 * {@code JIXIAO_REQUIRE_BROWSER=1} (as .ci/run sets) and they are not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfBrowser.Condition.class)
public @interface EnabledIfBrowser {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Browser.installed()) {
                return ConditionEvaluationResult.enabled("chromium and chromedriver installed");
            }
            if ("1".equals(System.getenv("JIXIAO_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("JIXIAO_REQUIRE_BROWSER=1 but " + Browser.CHROMIUM + " or "
                        + Browser.CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
            }
            return ConditionEvaluationResult.disabled("no chromium/chromedriver; set JIXIAO_REQUIRE_BROWSER=1 to fail instead");
        }
    }
}
