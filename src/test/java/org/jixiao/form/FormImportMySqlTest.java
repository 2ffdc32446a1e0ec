package org.jixiao.form;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link FormImportTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class FormImportMySqlTest extends FormImportTest {
}
