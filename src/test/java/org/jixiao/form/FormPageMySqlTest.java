package org.jixiao.form;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link FormPageTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class FormPageMySqlTest extends FormPageTest {
}
