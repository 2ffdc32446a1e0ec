package org.jixiao.indicator;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What finance writes for a library indicator. {@code direction} may be left out when a typical target is
 * given: it is then read from the target ({@code ≥90%} positive, {@code 及时} qualitative…).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IndicatorInput(String level2, Long departmentId, String name, String unit,
                             IndicatorDirection direction, String typicalTarget, String description) {
}
