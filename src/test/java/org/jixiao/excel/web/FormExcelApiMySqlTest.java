package org.jixiao.excel.web;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link FormExcelApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class FormExcelApiMySqlTest extends FormExcelApiTest {
}
