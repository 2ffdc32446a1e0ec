package org.jixiao.cockpit;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link CockpitApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class CockpitApiMySqlTest extends CockpitApiTest {
}
