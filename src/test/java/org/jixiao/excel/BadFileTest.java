package org.jixiao.excel;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that must be refused before any row is looked at, each with a clear Chinese message. */
class BadFileTest {

    private final ProjectListExcel projectList = new ProjectListExcel();
    private final FormExcel forms = new FormExcel();

    @Test
    void notAnXlsx() {
        assertRefused(TestWorkbooks.csv(), "不是 Excel 工作簿（.xlsx）文件");
    }

    @Test
    void zipThatIsNotAWorkbook() {
        assertRefused(TestWorkbooks.zipThatIsNotAWorkbook(), "文件已损坏或不是有效的 .xlsx 工作簿");
    }

    @Test
    void passwordProtectedWorkbook() {
        assertRefused(TestWorkbooks.passwordProtected(projectList.template()), "文件设置了打开密码");
    }

    @Test
    void fileOverTheSizeLimit() {
        ProjectListExcel small = new ProjectListExcel(ExcelLimits.defaults().withMaxFileBytes(1024));
        assertThatThrownBy(() -> small.importList(new ByteArrayInputStream(projectList.template()), ProjectListLookup.ANY))
                .isInstanceOf(ExcelImportException.class)
                .hasMessage("文件超过大小上限（1 MB）");
    }

    @Test
    void zipBomb() {
        assertRefused(TestWorkbooks.zipBomb(projectList.template()), "压缩炸弹");
    }

    @Test
    void formImportOfAnotherTemplateNamesWhatIsMissing() {
        byte[] declaration = forms.export(Fixtures.load("001-01.json"));
        assertThatThrownBy(() -> forms.importSelfEvaluation(new ByteArrayInputStream(declaration)))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining("找不到“财政项目支出绩效自评表”");
    }

    /** The same opener guards every import: check both the project list and a form. */
    private void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> projectList.importList(new ByteArrayInputStream(file), ProjectListLookup.ANY))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> forms.importSelfEvaluation(new ByteArrayInputStream(file)))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining(message);
    }
}
