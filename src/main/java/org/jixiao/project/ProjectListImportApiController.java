package org.jixiao.project;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;
import org.jixiao.excel.ExcelImportException;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.ApiError;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Upload of the year's project list (the template of {@code ProjectListExcel}); all rows or none. */
@RestController
public class ProjectListImportApiController {

    private final ProjectListImport imports;

    public ProjectListImportApiController(ProjectListImport imports) {
        this.imports = imports;
    }

    @PostMapping("/api/imports/projects")
    public ProjectListImport.Result importList(@RequestParam int year, @RequestParam MultipartFile file,
                                               @AuthenticationPrincipal CurrentUser user) throws IOException {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年度应在 2000–2100 之间");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.importList(year, in, user);
        }
    }

    /** A refused workbook: 400 with every problem located as sheet!cell. */
    @ExceptionHandler(ExcelImportException.class)
    ResponseEntity<ApiError> refused(ExcelImportException e) {
        List<FieldProblem> problems = e.problems().stream()
                .map(p -> new FieldProblem(p.row() == null ? "file" : (p.column() == null ? "" : p.column()) + p.row(),
                        p.describe()))
                .toList();
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", "项目清单有误，未导入任何项目", problems));
    }
}
