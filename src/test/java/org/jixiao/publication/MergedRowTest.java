package org.jixiao.publication;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergedRowTest {

    record Row(String level1, String level2) {
    }

    @Test
    void levelCellsSpanTheirRunsAndLevelTwoNeverCrossesALevelOneBoundary() {
        List<Row> rows = List.of(new Row("产出指标", "数量指标"), new Row("产出指标", "数量指标"),
                new Row("产出指标", "质量指标"), new Row("效益指标", "质量指标"), new Row("满意度指标", "服务对象满意度指标"));
        List<MergedRow<Row>> merged = MergedRow.of(rows, Row::level1, Row::level2);
        assertThat(merged).extracting(MergedRow::level1Rows).containsExactly(3, 0, 0, 1, 1);
        assertThat(merged).extracting(MergedRow::level2Rows).containsExactly(2, 0, 1, 1, 1);
        assertThat(MergedRow.of(null, Row::level1, Row::level2)).isEmpty();
    }
}
