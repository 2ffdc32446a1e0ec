#!/usr/bin/env bash
# Regenerates the indicator library's seed migration (V32__indicator_library_seed.sql) from src/test/resources/fixtures (published forms),
# with the application's own value parser. IndicatorSeedTest fails whenever the committed file differs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test -Dtest=IndicatorSeedTest -Dsurefire.failIfNoSpecifiedTests=false -Djixiao.writeIndicatorSeed=true
echo "Wrote src/main/resources/db/migration/V32__indicator_library_seed.sql"
