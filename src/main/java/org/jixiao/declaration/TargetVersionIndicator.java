package org.jixiao.declaration;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One indicator of an approved target version: its targets and, where set, its weight (分值). */
@Embeddable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TargetVersionIndicator(String level1, String level2, String name, String targetTotal,
                                     String targetAnnual, BigDecimal weight) {
}
