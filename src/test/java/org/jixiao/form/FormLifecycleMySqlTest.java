package org.jixiao.form;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link FormLifecycleTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class FormLifecycleMySqlTest extends FormLifecycleTest {
}
