package org.jixiao.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jixiao.project.Stage;

import java.time.Instant;
import java.time.LocalDate;

/** Finance opened a form stage for a whole fiscal year, optionally with a deadline. */
@Entity
@Table(name = "stage_opening")
public class StageOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private LocalDate deadline;

    private Instant openedAt;

    private String openedBy;

    protected StageOpening() {
    }

    public StageOpening(int fiscalYear, Stage stage, LocalDate deadline, String openedBy) {
        this.fiscalYear = fiscalYear;
        this.stage = stage;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }
}
