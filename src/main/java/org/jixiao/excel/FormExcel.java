package org.jixiao.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Export of the three forms in the official printed layout, and import of the same layout back into
 * the exchange records. Import reads by labels, so the exported file is also the upload template.
 */
@Component
public class FormExcel {

    /** Rows kept in memory per sheet when streaming; a form sheet rarely exceeds it. */
    static final int STREAM_WINDOW = 100;

    private final WorkbookOpener opener;

    public FormExcel() {
        this(ExcelLimits.defaults());
    }

    @Autowired
    public FormExcel(ExcelLimits limits) {
        this.opener = new WorkbookOpener(limits);
    }

    // ---- export ----

    public void export(ExchangeForm form, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            writeForm(wb, new SheetWriter.Styles(wb), defaultSheetName(form), form);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] export(ExchangeForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(form, out);
        return out.toByteArray();
    }

    /**
     * Several self-evaluations in one workbook, one sheet per project named after it. Streams: each
     * sheet is flushed to a temp file once written, so memory does not grow with the number of forms.
     */
    public void exportSelfEvaluations(Iterator<SelfEvaluationForm> forms, OutputStream out) {
        exportBatch(forms, out);
    }

    /** Any mix of forms, one sheet each, streamed like {@link #exportSelfEvaluations}. */
    public void exportBatch(Iterator<? extends ExchangeForm> forms, OutputStream out) {
        // Temp files stay uncompressed: a form sheet is small, and gzip-ing a thousand of them costs more CPU
        // than the disk space it saves.
        SXSSFWorkbook wb = new SXSSFWorkbook(STREAM_WINDOW);
        try (wb) {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            SheetNames names = new SheetNames();
            while (forms.hasNext()) {
                ExchangeForm form = forms.next();
                Sheet sheet = writeForm(wb, styles, names.next(form.projectName()), form);
                ((SXSSFSheet) sheet).flushRows();
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("无数据");
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose(); // deletes the temp files holding flushed rows, also when writing failed
        }
    }

    private static Sheet writeForm(Workbook wb, SheetWriter.Styles styles, String sheetName, ExchangeForm form) {
        Sheet sheet = wb.createSheet(sheetName);
        // Java 17: no pattern switch; ExchangeForm is sealed to exactly these three
        if (form instanceof SelfEvaluationForm f) {
            SelfEvaluationSheet.write(new SheetWriter(sheet, styles, SelfEvaluationSheet.WIDTHS), f);
        } else if (form instanceof TargetDeclarationForm f) {
            TargetDeclarationSheet.write(new SheetWriter(sheet, styles, TargetDeclarationSheet.WIDTHS), f);
        } else {
            MonitoringSheet.write(new SheetWriter(sheet, styles, MonitoringSheet.WIDTHS), (MonitoringForm) form);
        }
        return sheet;
    }

    private static String defaultSheetName(ExchangeForm form) {
        return form instanceof SelfEvaluationForm ? "绩效自评表"
                : form instanceof TargetDeclarationForm ? "绩效目标填报表" : "绩效运行监控表";
    }

    // ---- import ----

    public SelfEvaluationForm importSelfEvaluation(InputStream in) {
        return importFirstSheet(in, SelfEvaluationSheet::read);
    }

    public TargetDeclarationForm importTargetDeclaration(InputStream in) {
        return importFirstSheet(in, TargetDeclarationSheet::read);
    }

    public MonitoringForm importMonitoring(InputStream in) {
        return importFirstSheet(in, MonitoringSheet::read);
    }

    /** Every sheet of a workbook, each recognised by its title (e.g. a batch export edited and sent back). */
    public List<ExchangeForm> importAll(InputStream in) {
        try (XSSFWorkbook wb = opener.open(in)) {
            List<ExcelProblem> problems = new ArrayList<>();
            List<ExchangeForm> forms = new ArrayList<>();
            for (Sheet sheet : wb) {
                ExchangeForm form = readRecognised(new SheetReader(sheet, problems));
                if (form != null) {
                    forms.add(form);
                }
            }
            if (!problems.isEmpty()) {
                throw new ExcelImportException(problems);
            }
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form on the first sheet, whichever of the three it is (the caller checks it is the one it wants). */
    public ExchangeForm importAny(InputStream in) {
        return importFirstSheet(in, FormExcel::readRecognised);
    }

    /** Reads the sheet as the form its title names; an unknown title is a problem and gives {@code null}. */
    private static ExchangeForm readRecognised(SheetReader r) {
        ExchangeForm form = r.find(SelfEvaluationSheet.TITLE, 0) != null ? SelfEvaluationSheet.read(r)
                : r.find(TargetDeclarationSheet.TITLE, 0) != null ? TargetDeclarationSheet.read(r)
                : r.find(MonitoringSheet.TITLE, 0) != null ? MonitoringSheet.read(r)
                : null;
        if (form == null) {
            r.problem("不是绩效自评表、绩效目标填报表或绩效运行监控表（找不到表名）");
        }
        return form;
    }

    private <T> T importFirstSheet(InputStream in, Function<SheetReader, T> read) {
        try (XSSFWorkbook wb = opener.open(in)) {
            List<ExcelProblem> problems = new ArrayList<>();
            T form = read.apply(new SheetReader(wb.getSheetAt(0), problems));
            if (!problems.isEmpty()) {
                throw new ExcelImportException(problems);
            }
            return form;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
