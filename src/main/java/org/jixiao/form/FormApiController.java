package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The forms of a project in the exchange format, and the import of historical forms. The form's version
 * travels in the {@code ETag} header (and {@code X-Form-Version}); a save sends it back as {@code If-Match}
 * or {@code ?version=}, and a stale version answers 409.
 */
@RestController
@RequestMapping("/api")
public class FormApiController {

    private static final String FORM_PATHS = "{form:declaration|monitoring|self-evaluation}";

    private final FormStores stores;
    private final FormImport imports;
    private final ObjectMapper mapper;

    public FormApiController(FormStores stores, FormImport imports, ObjectMapper mapper) {
        this.stores = stores;
        this.imports = imports;
        this.mapper = mapper;
    }

    @GetMapping("/projects/{projectId}/" + FORM_PATHS)
    public ResponseEntity<ExchangeForm> read(@PathVariable Long projectId, @PathVariable String form,
                                             @AuthenticationPrincipal CurrentUser user) {
        FormView<?> view = stores.ofPath(form).read(projectId, user);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (view.stored()) {
            ok.eTag("\"" + view.version() + "\"").header("X-Form-Version", String.valueOf(view.version()));
        }
        return ok.body(view.form());
    }

    @PutMapping("/projects/{projectId}/" + FORM_PATHS)
    public ResponseEntity<SavedForm> save(@PathVariable Long projectId, @PathVariable String form,
                                          @RequestBody JsonNode body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(required = false) Long version,
                                          @AuthenticationPrincipal CurrentUser user) {
        FormRecord saved = stores.ofPath(form).saveJson(projectId, body, mapper,
                version != null ? version : versionOf(ifMatch), user);
        return ResponseEntity.ok().eTag("\"" + saved.getVersion() + "\"")
                .header("X-Form-Version", String.valueOf(saved.getVersion()))
                .body(new SavedForm(projectId, saved.getId(), saved.getVersion(), saved.getStatus()));
    }

    /** Imports historical forms; answers one entry per input form, in input order. */
    @PostMapping("/imports/forms")
    public List<FormImport.ImportedForm> importForms(@RequestBody JsonNode body,
                                                     @AuthenticationPrincipal CurrentUser user) {
        return imports.importForms(body, user);
    }

    public record SavedForm(Long projectId, Long formId, long version, FormStatus status) {
    }

    private static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "版本号应为数字");
        }
    }
}
