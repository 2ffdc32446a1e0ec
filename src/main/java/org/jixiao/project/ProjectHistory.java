package org.jixiao.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Writes and reads the per-project history; writing joins the caller's transaction so it rolls back with it. */
@Service
public class ProjectHistory {

    private final ProjectHistoryRepository entries;

    public ProjectHistory(ProjectHistoryRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long projectId, Stage stage, HistoryAction action, String comment, Actor actor) {
        entries.save(new ProjectHistoryEntry(projectId, Instant.now(), actor.username(), actor.name(),
                actor.organisationName(), stage, action, blankToNull(comment)));
    }

    @Transactional(readOnly = true)
    public List<ProjectHistoryEntry> of(Long projectId) {
        return entries.findByProjectIdOrderByOccurredAtAscIdAsc(projectId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
