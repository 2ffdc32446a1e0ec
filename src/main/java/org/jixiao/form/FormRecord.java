package org.jixiao.form;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jixiao.exchange.ExchangeForm;

import java.time.Instant;

/**
 * What every stored form has: one row per project and stage, an optimistic-locking version that clients
 * send back with their changes, and the header as printed (kept so an imported form reads back unchanged).
 */
@MappedSuperclass
public abstract class FormRecord<F extends ExchangeForm> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private FormStatus status = FormStatus.DRAFT;

    private String projectName;
    private String supervisingDepartment;
    private String implementingUnit;
    private String moneyUnit;
    private String source;
    private Integer ordinal;
    private String notes;
    private Instant updatedAt = Instant.now();
    private String updatedBy;

    protected FormRecord() {
    }

    protected FormRecord(Long projectId) {
        this.projectId = projectId;
    }

    /** Copies every field of the exchange form onto the record, header included. */
    protected abstract void apply(F form);

    /** The form in the exchange format; the year is the project's. */
    protected abstract F toExchange(int year);

    /** Copies the header and provenance of an exchange form. */
    protected void applyHeader(ExchangeForm form, String source, Integer ordinal, String notes) {
        this.projectName = form.projectName();
        this.supervisingDepartment = form.supervisingDepartment();
        this.implementingUnit = form.implementingUnit();
        this.moneyUnit = form.moneyUnit();
        this.source = source;
        this.ordinal = ordinal;
        this.notes = notes;
    }

    /** A form filled here carries the project's own header, whatever the client sent. */
    public void adoptProjectHeader(org.jixiao.project.Project project) {
        this.projectName = project.getName();
        this.supervisingDepartment = project.getDepartment().getName();
        this.implementingUnit = project.getUnit().getName();
        this.source = null;
        this.ordinal = null;
        this.notes = null;
    }

    public void touch(String username) {
        this.updatedAt = Instant.now();
        this.updatedBy = username;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public long getVersion() {
        return version;
    }

    public FormStatus getStatus() {
        return status;
    }

    public void setStatus(FormStatus status) {
        this.status = status;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getSupervisingDepartment() {
        return supervisingDepartment;
    }

    public String getImplementingUnit() {
        return implementingUnit;
    }

    public String getMoneyUnit() {
        return moneyUnit;
    }

    public String getSource() {
        return source;
    }

    public Integer getOrdinal() {
        return ordinal;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
