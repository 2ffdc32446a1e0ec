package org.jixiao.task;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link TaskOperationsApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class TaskOperationsApiMySqlTest extends TaskOperationsApiTest {
}
