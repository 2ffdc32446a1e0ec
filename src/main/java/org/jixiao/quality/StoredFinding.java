package org.jixiao.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A finding of the check run when the project's declaration was last submitted. */
@Entity
@Table(name = "quality_finding")
public class StoredFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private int position;

    @Enumerated(EnumType.STRING)
    private FindingCode code;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String indicator;

    private String message;

    private Instant checkedAt;

    protected StoredFinding() {
    }

    StoredFinding(Long projectId, int position, Finding finding, Instant checkedAt) {
        this.projectId = projectId;
        this.position = position;
        this.code = finding.code();
        this.severity = finding.severity();
        this.indicator = finding.indicator() == null || finding.indicator().length() <= 200 ? finding.indicator()
                : finding.indicator().substring(0, 200);
        this.message = finding.message().length() <= 2000 ? finding.message() : finding.message().substring(0, 2000);
        this.checkedAt = checkedAt;
    }

    public Finding toFinding() {
        return new Finding(code, indicator, message, severity);
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
