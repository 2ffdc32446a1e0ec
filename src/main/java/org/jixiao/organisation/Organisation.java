package org.jixiao.organisation;

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

/** The finance bureau, a supervising department, or an implementing unit (whose parent is its department). */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, Organisation parent) {
        if (type == OrganisationType.UNIT && (parent == null || parent.getType() != OrganisationType.DEPARTMENT)) {
            throw new IllegalArgumentException("an implementing unit belongs to exactly one department");
        }
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    /** The supervising department of a unit; {@code null} for departments and the finance bureau. */
    public Organisation getParent() {
        return parent;
    }
}
