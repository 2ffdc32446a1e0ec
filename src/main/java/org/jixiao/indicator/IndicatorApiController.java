package org.jixiao.indicator;

import org.jixiao.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The indicator library: search for suggestions (everyone), maintenance (finance admins). */
@RestController
@RequestMapping("/api/indicators")
public class IndicatorApiController {

    private final IndicatorLibrary library;

    public IndicatorApiController(IndicatorLibrary library) {
        this.library = library;
    }

    /** Indicators whose name contains {@code q}, of level-2 {@code category}, at most {@code limit}. */
    @GetMapping
    public List<IndicatorView> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String category,
                                      @RequestParam(defaultValue = "50") int limit,
                                      @AuthenticationPrincipal CurrentUser user) {
        return library.search(q, category, limit, user).stream().map(IndicatorView::of).toList();
    }

    @GetMapping("/{id}")
    public IndicatorView one(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return IndicatorView.of(library.find(id, user));
    }

    @PostMapping
    public ResponseEntity<IndicatorView> create(@RequestBody IndicatorInput input,
                                                @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(IndicatorView.of(library.create(input, user)));
    }

    @PutMapping("/{id}")
    public IndicatorView update(@PathVariable Long id, @RequestBody IndicatorInput input,
                                @AuthenticationPrincipal CurrentUser user) {
        return IndicatorView.of(library.update(id, input, user));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        library.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
