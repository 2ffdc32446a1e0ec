package org.jixiao.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormJson;
import org.jixiao.scoring.Grade;
import org.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The target quality check of a declaration, the stored findings of a project, and finance's grade. */
@RestController
public class QualityApiController {

    private final DeclarationQuality quality;
    private final DeclarationGrading grading;
    private final ObjectMapper mapper;

    public QualityApiController(DeclarationQuality quality, DeclarationGrading grading, ObjectMapper mapper) {
        this.quality = quality;
        this.grading = grading;
        this.mapper = mapper;
    }

    /** Checks one declaration in the exchange format; nothing is stored. */
    @PostMapping("/api/quality-check/declaration")
    public CheckAnswer check(@RequestBody JsonNode body, @AuthenticationPrincipal CurrentUser user) {
        TargetDeclarationForm form = FormJson.parse(mapper, body, TargetDeclarationForm.class,
                TargetDeclarationForm.KIND, "");
        return new CheckAnswer(quality.check(form, user));
    }

    /** The findings of the project's last submitted declaration. */
    @GetMapping("/api/projects/{projectId}/quality-findings")
    public Findings findings(@PathVariable Long projectId, @AuthenticationPrincipal CurrentUser user) {
        List<StoredFinding> found = quality.findingsOf(projectId, user);
        return new Findings(found.stream().map(StoredFinding::toFinding).toList(),
                found.isEmpty() ? null : found.get(0).getCheckedAt());
    }

    /** Finance grades the declaration of its review task: 优/良 approve, 中 returns, 差 rejects. */
    @PostMapping("/api/tasks/{taskId}/declaration-grade")
    public GradeView grade(@PathVariable String taskId, @RequestBody GradeRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return GradeView.of(grading.grade(taskId, request.grade(), request.comment(), user));
    }

    @GetMapping("/api/projects/{projectId}/declaration-grades")
    public List<GradeView> grades(@PathVariable Long projectId, @AuthenticationPrincipal CurrentUser user) {
        return grading.gradesOf(projectId, user).stream().map(GradeView::of).toList();
    }

    public record CheckAnswer(List<Finding> findings) {
    }

    /** {@code checked_at}: when the declaration was submitted and checked; {@code null} before any submit. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Findings(List<Finding> findings, Instant checkedAt) {
    }

    /** {@code grade} is 优, 良, 中 or 差. */
    public record GradeRequest(Grade grade, String comment) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record GradeView(Long projectId, Grade grade, String decision, String comment, String gradedBy,
                            Instant gradedAt) {
        static GradeView of(DeclarationGrade g) {
            return new GradeView(g.getProjectId(), g.getGrade(), DeclarationGrading.decisionOf(g.getGrade()).name(),
                    g.getComment(), g.getGradedBy(), g.getGradedAt());
        }
    }
}
