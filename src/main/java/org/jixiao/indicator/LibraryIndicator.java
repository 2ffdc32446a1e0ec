package org.jixiao.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jixiao.form.IndicatorTree;

/**
 * One indicator of the library (指标库): a common one (共性指标, no department) or one of a supervising
 * department (个性指标), filed under its level-2 category, with its unit, direction and a typical target.
 */
@Entity
@Table(name = "indicator_library")
public class LibraryIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String level2;

    private Long departmentId;

    private String name;

    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;

    private String typicalTarget;

    private String description;

    protected LibraryIndicator() {
    }

    LibraryIndicator(IndicatorInput input) {
        apply(input);
    }

    void apply(IndicatorInput input) {
        level2 = input.level2().strip();
        departmentId = input.departmentId();
        name = input.name().strip();
        unit = blankToNull(input.unit());
        direction = input.direction();
        typicalTarget = blankToNull(input.typicalTarget());
        description = blankToNull(input.description());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The level 1 the category belongs to (产出指标, 效益指标, 满意度指标). */
    public String getLevel1() {
        return IndicatorTree.LEVELS.entrySet().stream().filter(e -> e.getValue().contains(level2))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    public String getLevel2() {
        return level2;
    }

    /** {@code null} for a common indicator (共性指标). */
    public Long getDepartmentId() {
        return departmentId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public String getTypicalTarget() {
        return typicalTarget;
    }

    public String getDescription() {
        return description;
    }
}
