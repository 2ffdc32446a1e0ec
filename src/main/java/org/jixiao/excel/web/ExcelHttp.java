package org.jixiao.excel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;
import org.jixiao.excel.ExcelImportException;
import org.jixiao.excel.ExcelProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** What the API and the pages share about workbooks over HTTP: sending a download, reading an upload. */
final class ExcelHttp {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** RFC 5987 attr-char besides letters and digits. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ExcelHttp() {
    }

    /** Writes a prepared download: headers first, then the workbook straight into the response. */
    static void send(Download download, HttpServletResponse response) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(download.fileName(), download.asciiName()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            download.body().writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>}: browsers take the Chinese
     * name from {@code filename*} (RFC 6266 / 5987), older clients the ASCII fallback.
     */
    static String contentDisposition(String fileName, String asciiName) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** A file name without the characters file systems refuse. */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /**
     * Runs an import on the uploaded file; a refused workbook becomes a 400 whose problems are located as
     * {@code 项目清单!G5} (sheet!cell, the way Excel writes a reference) with the full Chinese message.
     */
    static <T> T read(MultipartFile file, Function<InputStream, T> importer) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择要上传的 .xlsx 文件");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.apply(in);
        } catch (ExcelImportException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new InvalidInputException("file", "读取上传文件失败");
        }
    }

    static InvalidInputException refused(ExcelImportException e) {
        List<FieldProblem> problems = e.problems().stream()
                .map(p -> new FieldProblem(location(p), p.describe()))
                .toList();
        return new InvalidInputException(problems);
    }

    private static String location(ExcelProblem p) {
        if (p.sheet() == null) {
            return "file";
        }
        if (p.row() == null) {
            return p.sheet();
        }
        return p.sheet() + "!" + (p.column() == null ? p.row() + ":" + p.row() : p.column() + p.row());
    }
}
