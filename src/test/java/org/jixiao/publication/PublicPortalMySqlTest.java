package org.jixiao.publication;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link PublicPortalTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class PublicPortalMySqlTest extends PublicPortalTest {
}
