package org.jixiao.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jixiao.publication.PublicationService.PublishRequest;
import org.jixiao.publication.PublicationService.PublishResult;
import org.jixiao.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/publication")
public class PublicationApiController {

    private final PublicationService publication;

    public PublicationApiController(PublicationService publication) {
        this.publication = publication;
    }

    @PostMapping("/publish")
    public PublishResult publish(@RequestBody PublishRequest request, @AuthenticationPrincipal CurrentUser user) {
        return publication.publish(request, user);
    }

    @PostMapping("/unpublish")
    public ResponseEntity<Void> unpublish(@Valid @RequestBody UnpublishRequest request,
                                          @AuthenticationPrincipal CurrentUser user) {
        publication.unpublish(request.projectId(), request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    public record UnpublishRequest(@NotNull(message = "请指定项目") Long projectId,
                                   @Size(max = 500, message = "原因不能超过500字") String reason) {
    }
}
