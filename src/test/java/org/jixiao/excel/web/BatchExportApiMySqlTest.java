package org.jixiao.excel.web;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link BatchExportApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class BatchExportApiMySqlTest extends BatchExportApiTest {
}
