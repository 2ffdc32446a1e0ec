package org.jixiao.notification;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link NotificationApiTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class NotificationApiMySqlTest extends NotificationApiTest {
}
