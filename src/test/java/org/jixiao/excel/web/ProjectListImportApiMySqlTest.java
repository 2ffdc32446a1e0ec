package org.jixiao.excel.web;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link ProjectListImportApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class ProjectListImportApiMySqlTest extends ProjectListImportApiTest {
}
