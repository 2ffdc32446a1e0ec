package org.jixiao.excel;

/**
 * Limits applied to every uploaded workbook before POI parses it.
 *
 * @param maxFileBytes    largest accepted upload
 * @param minInflateRatio smallest compressed/uncompressed ratio of a zip entry; a lower ratio is
 *                        treated as a zip bomb (POI's own default is 0.01)
 * @param maxEntryBytes   largest uncompressed size of one zip entry (one sheet's XML)
 */
public record ExcelLimits(long maxFileBytes, double minInflateRatio, long maxEntryBytes) {

    public static final long MB = 1024L * 1024L;

    /** 10 MB upload; a sheet's XML may grow to 200 MB, but not by more than 100× compression. */
    public static ExcelLimits defaults() {
        return new ExcelLimits(10 * MB, 0.01, 200 * MB);
    }

    public ExcelLimits withMaxFileBytes(long bytes) {
        return new ExcelLimits(bytes, minInflateRatio, maxEntryBytes);
    }
}
