package org.jixiao.reliability;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link FaultTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class FaultMySqlTest extends FaultTest {
}
