package org.jixiao.operations;

import org.jixiao.support.IntegrationTest;

@IntegrationTest
class WholeYearH2Test extends WholeYearScenario {
}
