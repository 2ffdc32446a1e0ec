package org.jixiao.monitoring;

import jakarta.persistence.Embeddable;
import org.jixiao.exchange.MonitoringForm;

import java.math.BigDecimal;

/** One requested change of a target and/or weight, with its reason. */
@Embeddable
public class TargetChangeRow {

    private String level1;
    private String level2;
    private String name;
    private String newTarget;
    private BigDecimal newWeight;
    private String reason;

    protected TargetChangeRow() {
    }

    TargetChangeRow(MonitoringForm.TargetChange c) {
        level1 = c.level1();
        level2 = c.level2();
        name = c.name();
        newTarget = c.newTarget();
        newWeight = c.newWeight();
        reason = c.reason();
    }

    MonitoringForm.TargetChange toExchange() {
        return new MonitoringForm.TargetChange(level1, level2, name, newTarget, newWeight, reason);
    }
}
