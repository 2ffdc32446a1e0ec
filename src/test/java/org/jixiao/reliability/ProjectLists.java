package org.jixiao.reliability;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.demo.DemoData;
import org.jixiao.excel.ProjectListExcel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Filled-in project-list workbooks (the application's own template) for the import tests. */
final class ProjectLists {

    private ProjectLists() {
    }

    /** The named projects of the year, alternating between the two demo units of 区科委. */
    static byte[] workbook(int year, List<String> names) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ProjectListExcel().template()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int k = 0; k < names.size(); k++) {
                Row row = sheet.createRow(k + 1);
                row.createCell(0).setCellValue(names.get(k));
                row.createCell(1).setCellValue("经常性项目");
                row.createCell(2).setCellValue(DemoData.SCIENCE_COMMITTEE);
                row.createCell(3).setCellValue(k % 2 == 0 ? DemoData.SCIENCE_COMMITTEE_OWN : DemoData.INNOVATION_CENTRE);
                row.createCell(4).setCellValue(year + "-01-01");
                row.createCell(5).setCellValue(year + "-12-31");
                row.createCell(6).setCellValue(100000.0 + k);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
    }
}
