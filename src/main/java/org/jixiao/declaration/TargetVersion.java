package org.jixiao.declaration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a project's approved targets and full-year budget: number 1 from the approved declaration,
 * one more per approved adjustment. Never changed once written, so every earlier version stays readable.
 */
@Entity
@Table(name = "target_version")
public class TargetVersion {

    public enum Origin { DECLARATION, ADJUSTMENT, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private int number;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private String moneyUnit;

    private BigDecimal fullYearBudget;

    private String reason;

    private Instant createdAt = Instant.now();

    private String createdBy;

    // Always read with its version: a version is shown or copied whole.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_version_indicator", joinColumns = @JoinColumn(name = "target_version_id"))
    @OrderColumn(name = "position")
    private List<TargetVersionIndicator> indicators = new ArrayList<>();

    protected TargetVersion() {
    }

    TargetVersion(Long projectId, int number, Origin origin, String moneyUnit, BigDecimal fullYearBudget,
                  String reason, String createdBy, List<TargetVersionIndicator> indicators) {
        this.projectId = projectId;
        this.number = number;
        this.origin = origin;
        this.moneyUnit = moneyUnit;
        this.fullYearBudget = fullYearBudget;
        this.reason = reason;
        this.createdBy = createdBy;
        this.indicators.addAll(indicators);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getMoneyUnit() {
        return moneyUnit;
    }

    public BigDecimal getFullYearBudget() {
        return fullYearBudget;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<TargetVersionIndicator> getIndicators() {
        return List.copyOf(indicators);
    }
}
