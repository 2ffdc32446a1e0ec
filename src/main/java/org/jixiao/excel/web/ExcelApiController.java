package org.jixiao.excel.web;

import org.jixiao.form.FormRecord;
import org.jixiao.form.FormStatus;
import org.jixiao.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** Workbook uploads over the API: the project-list import and filled forms into their tasks. */
@RestController
@RequestMapping("/api")
public class ExcelApiController {

    private final ProjectListImport projectList;
    private final TaskFormUpload uploads;

    public ExcelApiController(ProjectListImport projectList, TaskFormUpload uploads) {
        this.projectList = projectList;
        this.uploads = uploads;
    }

    @PostMapping(value = "/imports/project-list", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<List<ProjectListImport.ImportedProject>> importProjectList(
            @RequestParam int year, @RequestPart(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(projectList.importList(file, year, user));
    }

    @PostMapping(value = "/tasks/{taskId}/form.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<UploadedForm> uploadForm(@PathVariable String taskId,
                                                   @RequestPart(value = "file", required = false) MultipartFile file,
                                                   @RequestParam(required = false) Long version,
                                                   @AuthenticationPrincipal CurrentUser user) {
        FormRecord<?> saved = uploads.upload(taskId, file, version, user);
        return ResponseEntity.ok().eTag("\"" + saved.getVersion() + "\"")
                .header("X-Form-Version", String.valueOf(saved.getVersion()))
                .body(new UploadedForm(saved.getProjectId(), saved.getId(), saved.getVersion(), saved.getStatus()));
    }

    public record UploadedForm(Long projectId, Long formId, long version, FormStatus status) {
    }
}
