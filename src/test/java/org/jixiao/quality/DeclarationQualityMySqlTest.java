package org.jixiao.quality;

import org.jixiao.support.MySqlIntegrationTest;

/** {@link DeclarationQualityTest} on the MySQL-compatible server with the {@code mysql} profile. */
@MySqlIntegrationTest
class DeclarationQualityMySqlTest extends DeclarationQualityTest {
}
