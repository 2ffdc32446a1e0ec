package org.jixiao.workflow;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link StageDeadlineTimersTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class StageDeadlineTimersMySqlTest extends StageDeadlineTimersTest {
}
