package org.jixiao.excel;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchExportTest {

    private final FormExcel excel = new FormExcel();

    @Test
    void oneSheetPerProjectWithLegalUniqueNames() throws IOException {
        SelfEvaluationForm base = (SelfEvaluationForm) Fixtures.load("000-07.json");
        List<SelfEvaluationForm> forms = new ArrayList<>();
        for (String name : List.of("科普工作", "科普工作", "科普/工作[2022]:*?\\", "上海低碳技术创新功能型平台建设暨长三角G60科创走廊配套资金项目")) {
            forms.add(renamed(base, name));
        }
        // a few more real forms; every fixture's own round trip is covered by FormExcelRoundTripTest
        for (String fixture : List.of("000-01.json", "000-02.json", "000-14.json")) {
            forms.add((SelfEvaluationForm) Fixtures.load(fixture));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.exportSelfEvaluations(forms.iterator(), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(forms.size());
            assertThat(wb.getSheetName(0)).isEqualTo("科普工作");
            assertThat(wb.getSheetName(1)).isEqualTo("科普工作(2)");
            assertThat(wb.getSheetName(2)).isEqualTo("科普_工作_2022_____");
            assertThat(wb.getSheetName(3)).hasSize(31);
        }
        List<ExchangeForm> back = excel.importAll(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).hasSize(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            assertThat(Fixtures.normalise(back.get(i))).isEqualTo(Fixtures.normalise(forms.get(i)));
        }
    }

    @Test
    void sheetNamesAreCutAndDedupedIgnoringCase() {
        SheetNames names = new SheetNames();
        String longName = "一二三四五六七八九十".repeat(4);
        assertThat(names.next(longName)).isEqualTo(longName.substring(0, 31));
        assertThat(names.next(longName)).isEqualTo(longName.substring(0, 28) + "(2)");
        assertThat(names.next("Abc")).isEqualTo("Abc");
        assertThat(names.next("aBC")).isEqualTo("aBC(2)");
        assertThat(names.next("'quoted'")).isEqualTo("quoted");
        assertThat(names.next("  ")).isEqualTo("Sheet");
    }

    private static SelfEvaluationForm renamed(SelfEvaluationForm f, String name) {
        return new SelfEvaluationForm(f.source(), f.ordinal(), f.form(), f.year(), name, f.supervisingDepartment(),
                f.implementingUnit(), f.moneyUnit(), f.funds(), f.budgetExecution(), f.goalExpected(), f.goalActual(),
                f.indicators(), f.totalWeight(), f.totalScore(), f.grade(), f.notes());
    }
}
