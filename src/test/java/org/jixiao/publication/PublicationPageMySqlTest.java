package org.jixiao.publication;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link PublicationPageTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class PublicationPageMySqlTest extends PublicationPageTest {
}
