package org.jixiao.indicator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed seed migration is exactly what the fixtures give; with {@code -Djixiao.writeIndicatorSeed=true}
 * (scripts/generate-indicator-seed.sh) it is rewritten first.
 */
class IndicatorSeedTest {

    @Test
    void committedSeedIsWhatTheFixturesGive() throws IOException {
        String expected = IndicatorSeed.sql();
        if (Boolean.getBoolean("jixiao.writeIndicatorSeed")) {
            Files.writeString(IndicatorSeed.MIGRATION, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(IndicatorSeed.MIGRATION, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void entriesAreDeduplicatedByCategoryAndNameWithNumbersPreferred() {
        List<IndicatorSeed.Entry> entries = IndicatorSeed.entries();
        assertThat(entries).hasSize(269);
        assertThat(entries.stream().map(e -> e.level2() + "/" + e.name()).distinct()).hasSize(entries.size());
        // Written 15 times, twice as 满意 and mostly as =90%: quantitative, exact, in percent.
        IndicatorSeed.Entry publicSatisfaction = entries.stream()
                .filter(e -> e.name().equals("公众满意度")).findFirst().orElseThrow();
        assertThat(publicSatisfaction.occurrences()).isEqualTo(15);
        assertThat(publicSatisfaction.direction()).isEqualTo(IndicatorDirection.EXACT);
        assertThat(publicSatisfaction.unit()).isEqualTo("%");
        IndicatorSeed.Entry onTime = entries.stream()
                .filter(e -> e.name().equals("区级配套下拨及时性")).findFirst().orElseThrow();
        assertThat(onTime.direction()).isEqualTo(IndicatorDirection.QUALITATIVE);
        assertThat(onTime.typicalTarget()).isEqualTo("及时");
        assertThat(entries.stream().filter(e -> e.name().equals("审核合同出错数量")).findFirst().orElseThrow())
                .extracting(IndicatorSeed.Entry::direction, IndicatorSeed.Entry::unit)
                .containsExactly(IndicatorDirection.REVERSE, "份");
    }
}
