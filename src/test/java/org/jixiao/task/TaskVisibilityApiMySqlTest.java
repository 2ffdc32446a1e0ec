package org.jixiao.task;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link TaskVisibilityApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class TaskVisibilityApiMySqlTest extends TaskVisibilityApiTest {
}
