package org.jixiao.excel.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A workbook ready to send: its Chinese file name, an ASCII fallback name, and what writes it. Everything that
 * may refuse the request has been checked when one exists; writing comes last.
 */
public record Download(String fileName, String asciiName, Body body) {

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
