package org.jixiao.indicator;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link IndicatorApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class IndicatorApiMySqlTest extends IndicatorApiTest {
}
