package org.jixiao.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jixiao.scoring.Grade;

import java.time.Instant;

/** Finance's grade of a project's declaration at its review, with the reason; every grade is kept. */
@Entity
@Table(name = "declaration_grade")
public class DeclarationGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String comment;

    private String gradedBy;

    private Instant gradedAt = Instant.now();

    protected DeclarationGrade() {
    }

    DeclarationGrade(Long projectId, Grade grade, String comment, String gradedBy) {
        this.projectId = projectId;
        this.grade = grade;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.gradedBy = gradedBy;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getComment() {
        return comment;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
