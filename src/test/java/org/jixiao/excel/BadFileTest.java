package org.jixiao.excel;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that must be refused before any row is looked at, each with a clear Chinese message. */
class BadFileTest {

    private final ProjectListExcel projectList = new ProjectListExcel();
    private final FormExcel forms = new FormExcel();

    @Test
    void notAnXlsx() {
        byte[] csv = "项目名称,项目类别\n科普工作,经常性项目\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(csv, "不是 Excel 工作簿（.xlsx）文件");
    }

    @Test
    void zipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(out.toByteArray(), "文件已损坏或不是有效的 .xlsx 工作簿");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        byte[] plain = projectList.template();
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertRefused(out.toByteArray(), "文件设置了打开密码");
    }

    @Test
    void fileOverTheSizeLimit() {
        ProjectListExcel small = new ProjectListExcel(ExcelLimits.defaults().withMaxFileBytes(1024));
        assertThatThrownBy(() -> small.importList(new ByteArrayInputStream(projectList.template()), OrganisationLookup.ANY))
                .isInstanceOf(ExcelImportException.class)
                .hasMessage("文件超过大小上限（1 MB）");
    }

    /** A real template whose sheet XML is padded with 8 MB of spaces: tiny compressed, huge inflated. */
    @Test
    void zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(projectList.template()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 8; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
            }
        }
        assertRefused(out.toByteArray(), "压缩炸弹");
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
        assertThatThrownBy(() -> projectList.importList(new ByteArrayInputStream(file), OrganisationLookup.ANY))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> forms.importSelfEvaluation(new ByteArrayInputStream(file)))
                .isInstanceOf(ExcelImportException.class)
                .hasMessageContaining(message);
    }
}
