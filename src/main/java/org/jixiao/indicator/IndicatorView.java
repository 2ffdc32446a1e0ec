package org.jixiao.indicator;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A library indicator as the API shows it; {@code department_id} null means common (共性指标). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IndicatorView(Long id, long version, String level1, String level2, Long departmentId, String name,
                            String unit, IndicatorDirection direction, String typicalTarget, String description) {

    static IndicatorView of(LibraryIndicator i) {
        return new IndicatorView(i.getId(), i.getVersion(), i.getLevel1(), i.getLevel2(), i.getDepartmentId(),
                i.getName(), i.getUnit(), i.getDirection(), i.getTypicalTarget(), i.getDescription());
    }
}
