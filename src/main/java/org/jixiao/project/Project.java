package org.jixiao.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jixiao.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;

/** One funded project (财政项目) in one fiscal year; its lifecycle process instance drives it through the stages. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int fiscalYear;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProjectCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Organisation department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Organisation unit;

    private LocalDate plannedStart;

    private LocalDate plannedEnd;

    /** 涉密: never published. */
    private boolean classified;

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.DECLARATION;

    @Enumerated(EnumType.STRING)
    private Step step;

    /** The current form came back from a review and waits for the unit. */
    private boolean returned;

    /** The unit's fill task passed its deadline without a submission (set by the BPMN overdue timer). */
    private boolean overdue;

    private String processInstanceId;

    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Project() {
    }

    public Project(int fiscalYear, String name, ProjectCategory category, Organisation unit,
                   LocalDate plannedStart, LocalDate plannedEnd) {
        this.fiscalYear = fiscalYear;
        this.name = name;
        this.category = category;
        this.unit = unit;
        this.department = unit.getParent();
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getName() {
        return name;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public Organisation getDepartment() {
        return department;
    }

    public Organisation getUnit() {
        return unit;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public boolean isClassified() {
        return classified;
    }

    public void setClassified(boolean classified) {
        this.classified = classified;
    }

    public Stage getStage() {
        return stage;
    }

    public Step getStep() {
        return step;
    }

    public void moveTo(Stage stage, Step step) {
        this.stage = stage;
        this.step = step;
    }

    public boolean isReturned() {
        return returned;
    }

    public void setReturned(boolean returned) {
        this.returned = returned;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
