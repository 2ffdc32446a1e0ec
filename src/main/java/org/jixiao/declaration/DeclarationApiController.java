package org.jixiao.declaration;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jixiao.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Target versions of a project, and 沿用上年 for the declaration. */
@RestController
@RequestMapping("/api/projects/{projectId}")
public class DeclarationApiController {

    private final TargetVersions versions;
    private final DeclarationStore declarations;

    public DeclarationApiController(TargetVersions versions, DeclarationStore declarations) {
        this.versions = versions;
        this.declarations = declarations;
    }

    @GetMapping("/target-versions")
    public List<TargetVersionView> targetVersions(@PathVariable Long projectId,
                                                  @AuthenticationPrincipal CurrentUser user) {
        return versions.list(projectId, user).stream().map(TargetVersionView::of).toList();
    }

    /** Starts (or restarts, with the current {@code version}) the declaration from last year's approved targets. */
    @PostMapping("/declaration/copy-previous-year")
    public ResponseEntity<Copied> copyPreviousYear(@PathVariable Long projectId,
                                                   @RequestParam(required = false) Long version,
                                                   @AuthenticationPrincipal CurrentUser user) {
        TargetDeclaration saved = declarations.copyPreviousYear(projectId, version, user);
        return ResponseEntity.ok().eTag("\"" + saved.getVersion() + "\"")
                .body(new Copied(projectId, saved.getId(), saved.getVersion()));
    }

    public record Copied(Long projectId, Long formId, long version) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TargetVersionView(int number, TargetVersion.Origin origin, String moneyUnit,
                                    BigDecimal fullYearBudget, String reason, Instant createdAt, String createdBy,
                                    List<TargetVersionIndicator> indicators) {
        static TargetVersionView of(TargetVersion v) {
            return new TargetVersionView(v.getNumber(), v.getOrigin(), v.getMoneyUnit(), v.getFullYearBudget(),
                    v.getReason(), v.getCreatedAt(), v.getCreatedBy(), v.getIndicators());
        }
    }
}
