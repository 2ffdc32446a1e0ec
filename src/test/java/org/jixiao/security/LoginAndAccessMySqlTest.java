package org.jixiao.security;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link LoginAndAccessTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class LoginAndAccessMySqlTest extends LoginAndAccessTest {
}
