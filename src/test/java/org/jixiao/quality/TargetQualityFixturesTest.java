package org.jixiao.quality;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.indicator.IndicatorSeed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The check over every published declaration of src/test/resources/fixtures, with the library seeded from them. */
class TargetQualityFixturesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static TargetQualityChecker.Context seededLibrary() {
        List<IndicatorSeed.Entry> entries = IndicatorSeed.entries();
        return new TargetQualityChecker.Context((level2, name) -> entries.stream()
                .filter(e -> e.name().equals(name) && e.level2().equals(level2 == null ? "" : level2.strip()))
                .findFirst()
                .map(e -> new TargetQualityChecker.LibraryHint(e.direction(), e.typicalTarget())),
                TargetQualityChecker.LastYearActuals.NONE, BigDecimal.TEN);
    }

    static List<TargetDeclarationForm> declarations() throws IOException {
        try (Stream<Path> files = Files.list(PublishedFixtures.DIR)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().startsWith("001-")).sorted().toList();
            List<TargetDeclarationForm> forms = new java.util.ArrayList<>();
            for (Path p : paths) {
                forms.add(JSON.readValue(p.toFile(), TargetDeclarationForm.class));
            }
            return forms;
        }
    }

    /**
     * The 15 published 2021 declarations give 12 warnings and no error (no weights, no missing category, no
     * repeated name; last year's forms are not among the fixtures).
     */
    @Test
    void findingsOfThePublishedDeclarations() throws IOException {
        List<TargetDeclarationForm> forms = declarations();
        assertThat(forms).hasSize(15);
        Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
        Map<String, List<String>> byForm = new TreeMap<>();
        for (TargetDeclarationForm form : forms) {
            for (Finding f : TargetQualityChecker.check(form, seededLibrary())) {
                counts.merge(f.code(), 1, Integer::sum);
                byForm.computeIfAbsent(String.format("001-%02d", form.ordinal()), k -> new java.util.ArrayList<>())
                        .add(f.code() + " " + f.indicator());
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains(f.indicator());
            }
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                FindingCode.TARGET_NOT_NUMERIC, 6,
                FindingCode.SATISFACTION_NOT_PERCENT, 5,
                FindingCode.QUALITATIVE_WHERE_QUANTITATIVE, 1));
        assertThat(byForm.get("001-04")).containsExactly("SATISFACTION_NOT_PERCENT 管理人员满意度");
        assertThat(byForm.get("001-12")).containsExactly("QUALITATIVE_WHERE_QUANTITATIVE 工作完成及时率",
                "TARGET_NOT_NUMERIC 申报企业增长率");
        assertThat(byForm.get("001-13")).containsExactly("TARGET_NOT_NUMERIC 项目完成及时率",
                "SATISFACTION_NOT_PERCENT 公众满意度", "SATISFACTION_NOT_PERCENT 机关工作人员满意度");
        assertThat(byForm.keySet()).containsExactly("001-03", "001-04", "001-07", "001-11", "001-12", "001-13", "001-14");
    }

    /**
     * A 2023 declaration that keeps the 2022 targets of 网络信息系统运行与维护 (000-14) after that year's
     * self-evaluation: every quantitative target already reached last year is flagged, limits (100 %, 0) are not.
     */
    @Test
    void keepingLastYearsTargetsIsFlaggedWhereTheyWereAlreadyReached() throws IOException {
        org.jixiao.exchange.SelfEvaluationForm last = JSON.readValue(PublishedFixtures.file("000-14.json").toFile(),
                org.jixiao.exchange.SelfEvaluationForm.class);
        List<TargetDeclarationForm.Indicator> same = last.indicators().stream()
                .map(i -> new TargetDeclarationForm.Indicator(i.level1(), i.level2(), i.name(), null, i.target()))
                .toList();
        TargetDeclarationForm next = new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND, 2023,
                last.projectName(), "经常性项目", null, last.implementingUnit(), null, null, "元", null, null, "运维",
                same, null);
        TargetQualityChecker.Context context = new TargetQualityChecker.Context(seededLibrary().library(),
                (level1, level2, name) -> last.indicators().stream()
                        .filter(i -> i.name().strip().equals(name) && i.level2().strip().equals(level2.strip()))
                        .map(org.jixiao.exchange.SelfEvaluationForm.Indicator::actual).findFirst(),
                BigDecimal.TEN);
        List<String> low = TargetQualityChecker.check(next, context).stream()
                .filter(f -> f.code() == FindingCode.TARGET_BELOW_LAST_YEAR).map(Finding::indicator).toList();
        // 7 positive or exact targets (=12 次, >=4 次, >=99% …) and 12 reverse ones (<=10 次, 48 小时内排除故障 …).
        assertThat(low).hasSize(19)
                .contains("定期巡检次数", "全年线路巡检次数", "系统运行健康可靠率", "年故障次数", "全年度故障发生率")
                .doesNotContain("出勤率", "网络安全事件数", "村居用户满意度", "项目完成及时性");
    }
}
