package org.jixiao.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParserTest {

    private static void assertQuantity(String raw, Comparator cmp, String value, String unit) {
        ParsedValue v = ValueParser.parse(raw);
        assertThat(v.kind()).as(raw).isEqualTo(ValueKind.QUANTITATIVE);
        assertThat(v.comparator()).as(raw).isEqualTo(cmp);
        assertThat(v.value()).as(raw).isEqualByComparingTo(value);
        assertThat(v.unit()).as(raw).isEqualTo(unit);
        assertThat(v.raw()).isEqualTo(raw);
    }

    @Test
    void halfAndFullWidthComparators() {
        assertQuantity("≥90%", Comparator.GE, "90", "%");
        assertQuantity(">=85%", Comparator.GE, "85", "%");
        assertQuantity("＞＝85％", Comparator.GE, "85", "%");
        assertQuantity("≧85%", Comparator.GE, "85", "%");
        assertQuantity("<=10 次", Comparator.LE, "10", "次");
        assertQuantity("＜＝10次", Comparator.LE, "10", "次");
        assertQuantity("≤2份", Comparator.LE, "2", "份");
        assertQuantity("＞1000 万", Comparator.GT, "1000", "万");
        assertQuantity(">1000 万", Comparator.GT, "1000", "万");
        assertQuantity("<10", Comparator.LT, "10", "");
        assertQuantity("＝１００％", Comparator.EQ, "100", "%");
        assertQuantity("=100%", Comparator.EQ, "100", "%");
    }

    @Test
    void unitsWithSlashesAndCompoundUnits() {
        assertQuantity("≤10 万元/家", Comparator.LE, "10", "万元/家");
        assertQuantity(">=30 人次/场", Comparator.GE, "30", "人次/场");
        assertQuantity("≥1990 ㎡", Comparator.GE, "1990", "㎡");
        assertQuantity("≥1000 亿元", Comparator.GE, "1000", "亿元");
        assertQuantity(">=8万人次", Comparator.GE, "8", "万人次");
        assertQuantity("<=60 分钟", Comparator.LE, "60", "分钟");
    }

    @Test
    void precisionIsKept() {
        assertQuantity("≥99.99%", Comparator.GE, "99.99", "%");
        assertThat(ValueParser.parse("≥99.99%").value()).isEqualTo(new BigDecimal("99.99"));
    }

    @Test
    void actualsWithoutComparatorHaveNone() {
        assertQuantity("56.9%", null, "56.9", "%");
        assertQuantity("45", null, "45", "");
        assertQuantity("8万", null, "8", "万");
        assertQuantity("1 项", null, "1", "项");
        assertQuantity("=28 个", Comparator.EQ, "28", "个");
    }

    @Test
    void range() {
        ParsedValue v = ValueParser.parse("=2-3人");
        assertThat(v.kind()).isEqualTo(ValueKind.QUANTITATIVE);
        assertThat(v.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(v.value()).isEqualByComparingTo("2");
        assertThat(v.valueTo()).isEqualByComparingTo("3");
        assertThat(v.unit()).isEqualTo("人");
        assertThat(v.direction()).isEqualTo(Direction.EXACT);
        ParsedValue w = ValueParser.parse("3～2 人");
        assertThat(w.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(w.value()).isEqualByComparingTo("2");
        assertThat(w.valueTo()).isEqualByComparingTo("3");
    }

    @Test
    void withinMeansAtMost() {
        assertQuantity("=4 小时内", Comparator.LE, "4", "小时");
        ParsedValue v = ValueParser.parse("48 小时内排除故障");
        assertThat(v.kind()).isEqualTo(ValueKind.QUANTITATIVE);
        assertThat(v.comparator()).isEqualTo(Comparator.LE);
        assertThat(v.value()).isEqualByComparingTo("48");
        assertThat(v.unit()).isEqualTo("小时");
        assertThat(v.text()).isEqualTo("48小时内排除故障");
        assertQuantity("不超过 5个工作日", Comparator.LE, "5", "个工作日");
        assertQuantity("全年≤5次", Comparator.LE, "5", "次");
        assertQuantity("10 人以上", Comparator.GE, "10", "人");
    }

    @Test
    void percentSuffixInParentheses() {
        assertQuantity("≥90(%)", Comparator.GE, "90", "%");
        assertQuantity("≥ 90 （%）", Comparator.GE, "90", "%");
    }

    @Test
    void spacesAndSeparatorsInsideNumbers() {
        assertQuantity("1 000", null, "1000", "");
        assertQuantity("≥1 000 万元", Comparator.GE, "1000", "万元");
        assertQuantity("=61,250 件", Comparator.EQ, "61250", "件");
    }

    @Test
    void dates() {
        ParsedValue v = ValueParser.parse("2022 年 6 月末");
        assertThat(v.kind()).isEqualTo(ValueKind.DATE);
        assertThat(v.date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(ValueParser.parse("2022 年 9 月底").date()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(ValueParser.parse("2022 年 4 月底前").date()).isEqualTo(LocalDate.of(2022, 4, 30));
        assertThat(ValueParser.parse("2022年11月前").date()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(ValueParser.parse("2023-03-31").date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(ValueParser.parse("2022年底前").date()).isEqualTo(LocalDate.of(2022, 12, 31));
        ParsedValue noYear = ValueParser.parse("11 月前");
        assertThat(noYear.kind()).isEqualTo(ValueKind.DATE);
        assertThat(noYear.date()).isNull();
        ParsedValue relative = ValueParser.parse("当年内完成");
        assertThat(relative.kind()).isEqualTo(ValueKind.DATE);
        assertThat(relative.date()).isNull();
        assertThat(relative.text()).isEqualTo("当年内完成");
    }

    @Test
    void qualitativeText() {
        for (String s : new String[]{"及时", "提升", "健全有效", "控制于预算内", "市排名前四", "每周一次",
                "合同实际签订时间为 8 月", "示范创新类、应用赋能类、传统升级类共计 3类", "无", "是", "2022年13月"}) {
            ParsedValue v = ValueParser.parse(s);
            assertThat(v.kind()).as(s).isEqualTo(ValueKind.QUALITATIVE);
            assertThat(v.comparator()).as(s).isNull();
            assertThat(v.value()).as(s).isNull();
        }
        assertThat(ValueParser.parse("健全 有效").text()).isEqualTo("健全有效");
    }

    @Test
    void nothingThrows() {
        for (String s : new String[]{null, "", "   ", "=", "≥", "%", "-", "—", "(%)", "1-", "..", "2022年0月",
                "9999999999999999999999999", "≥1.2.3", "=2-", "年", "月", "\u0000", "2022-02-30"}) {
            ParsedValue v = ValueParser.parse(s);
            assertThat(v).as(String.valueOf(s)).isNotNull();
            assertThat(v.kind()).isNotNull();
        }
        assertThat(ValueParser.parse(null).raw()).isNull();
        assertThat(ValueParser.isNil(ValueParser.parse(null))).isTrue();
        assertThat(ValueParser.isNil(ValueParser.parse("—"))).isTrue();
        assertThat(ValueParser.isNil(ValueParser.parse(" 无 "))).isTrue();
        assertThat(ValueParser.isNil(ValueParser.parse("及时"))).isFalse();
    }

    @Test
    void directions() {
        assertThat(ValueParser.parse("≥90%").direction()).isEqualTo(Direction.POSITIVE);
        assertThat(ValueParser.parse(">2 人").direction()).isEqualTo(Direction.POSITIVE);
        assertThat(ValueParser.parse("≤10%").direction()).isEqualTo(Direction.REVERSE);
        assertThat(ValueParser.parse("<10").direction()).isEqualTo(Direction.REVERSE);
        assertThat(ValueParser.parse("=100%").direction()).isEqualTo(Direction.EXACT);
        assertThat(ValueParser.parse("45").direction()).isEqualTo(Direction.EXACT);
    }
}
