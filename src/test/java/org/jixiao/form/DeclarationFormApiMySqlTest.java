package org.jixiao.form;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link DeclarationFormApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class DeclarationFormApiMySqlTest extends DeclarationFormApiTest {
}
