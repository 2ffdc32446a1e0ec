package org.jixiao.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A project's place on the public portal: published, or taken off with a reason. */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private boolean published;

    private Instant publishedAt;

    private String publishedBy;

    private Instant unpublishedAt;

    private String unpublishedBy;

    private String unpublishReason;

    protected Publication() {
    }

    Publication(Long projectId) {
        this.projectId = projectId;
    }

    void publish(String username) {
        this.published = true;
        this.publishedAt = Instant.now();
        this.publishedBy = username;
        this.unpublishedAt = null;
        this.unpublishedBy = null;
        this.unpublishReason = null;
    }

    void unpublish(String username, String reason) {
        this.published = false;
        this.unpublishedAt = Instant.now();
        this.unpublishedBy = username;
        this.unpublishReason = reason;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getUnpublishReason() {
        return unpublishReason;
    }
}
