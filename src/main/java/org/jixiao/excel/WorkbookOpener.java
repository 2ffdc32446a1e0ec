package org.jixiao.excel;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an uploaded .xlsx defensively: size limit first, then the file's magic bytes (to tell an
 * encrypted or old .xls file from garbage), then POI with zip-bomb limits. Every failure becomes an
 * {@link ExcelImportException} with a message a user can act on, never a raw POI stack trace.
 */
final class WorkbookOpener {

    private final ExcelLimits limits;

    WorkbookOpener(ExcelLimits limits) {
        this.limits = limits;
    }

    XSSFWorkbook open(InputStream in) {
        return open(readLimited(in));
    }

    XSSFWorkbook open(byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge();
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            // An OLE2 container is either a legacy .xls or an OOXML file wrapped by Excel's "encrypt with password".
            throw new ExcelImportException(ExcelProblem.ofFile(isEncrypted(bytes)
                    ? "文件设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后重新上传"
                    : "这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后重新上传"));
        }
        if (magic != FileMagic.OOXML) {
            throw new ExcelImportException(ExcelProblem.ofFile("不是 Excel 工作簿（.xlsx）文件"));
        }
        applyZipLimits();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new ExcelImportException(ExcelProblem.ofFile("文件设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后重新上传"));
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ExcelImportException(ExcelProblem.ofFile(
                        "文件内容压缩比异常（疑似“压缩炸弹”），为保护系统已拒绝读取"));
            }
            throw new ExcelImportException(ExcelProblem.ofFile("文件已损坏或不是有效的 .xlsx 工作簿，无法读取"));
        }
    }

    /** Reads at most one byte past the limit, so an oversized upload never sits whole in memory. */
    byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ExcelImportException(ExcelProblem.ofFile("读取上传文件失败：" + e.getMessage()));
        }
    }

    private ExcelImportException tooLarge() {
        long mb = Math.max(1, limits.maxFileBytes() / ExcelLimits.MB);
        return new ExcelImportException(ExcelProblem.ofFile("文件超过大小上限（" + mb + " MB）"));
    }

    /**
     * ZipSecureFile's limits are JVM-global statics in POI; setting them to our configured values on every
     * open keeps them right even if another library changed them.
     */
    private void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage();
            if (msg != null && (msg.contains("Zip bomb") || msg.contains("MinInflateRatio")
                    || msg.contains("setMaxEntrySize") || msg.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }
}
