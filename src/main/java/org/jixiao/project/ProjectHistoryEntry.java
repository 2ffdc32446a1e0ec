package org.jixiao.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a project's history: who did what, when, with which comment. Never changed after writing. */
@Entity
@Table(name = "project_history")
public class ProjectHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private Instant occurredAt;

    private String actorUsername;

    private String actorName;

    private String organisationName;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private HistoryAction action;

    private String comment;

    protected ProjectHistoryEntry() {
    }

    public ProjectHistoryEntry(Long projectId, Instant occurredAt, String actorUsername, String actorName,
                               String organisationName, Stage stage, HistoryAction action, String comment) {
        this.projectId = projectId;
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.organisationName = organisationName;
        this.stage = stage;
        this.action = action;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Stage getStage() {
        return stage;
    }

    public HistoryAction getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }
}
