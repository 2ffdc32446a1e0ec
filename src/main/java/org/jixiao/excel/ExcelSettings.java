package org.jixiao.excel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The upload limit of every imported workbook, {@code jixiao.excel.max-upload-size} (10 MB by default). The
 * servlet container's multipart limit ({@code spring.servlet.multipart.*}) is set a little higher, as the outer
 * guard; this one answers with the sheet/row/column style message of every other refused file.
 */
@Configuration
public class ExcelSettings {

    @Bean
    ExcelLimits excelLimits(@Value("${jixiao.excel.max-upload-size:10MB}") DataSize maxUploadSize) {
        return ExcelLimits.defaults().withMaxFileBytes(maxUploadSize.toBytes());
    }
}
