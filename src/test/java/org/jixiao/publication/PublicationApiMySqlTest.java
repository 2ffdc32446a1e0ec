package org.jixiao.publication;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link PublicationApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class PublicationApiMySqlTest extends PublicationApiTest {
}
