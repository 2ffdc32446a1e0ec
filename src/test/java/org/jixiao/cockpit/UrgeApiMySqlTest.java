package org.jixiao.cockpit;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link UrgeApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class UrgeApiMySqlTest extends UrgeApiTest {
}
