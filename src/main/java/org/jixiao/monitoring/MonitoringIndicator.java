package org.jixiao.monitoring;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jixiao.exchange.MonitoringForm;

/** Progress of one indicator at the monitoring date. */
@Embeddable
public class MonitoringIndicator {

    private String level1;
    private String level2;
    private String name;
    private String target;
    private String achievedToDate;
    private String expectedYearEnd;
    @Enumerated(EnumType.STRING)
    private MonitoringForm.TrafficLight light;
    private String deviationCause;
    private String correctiveMeasure;

    protected MonitoringIndicator() {
    }

    MonitoringIndicator(MonitoringForm.Indicator i) {
        level1 = i.level1();
        level2 = i.level2();
        name = i.name();
        target = i.target();
        achievedToDate = i.achievedToDate();
        expectedYearEnd = i.expectedYearEnd();
        light = i.light();
        deviationCause = i.deviationCause();
        correctiveMeasure = i.correctiveMeasure();
    }

    MonitoringForm.Indicator toExchange() {
        return new MonitoringForm.Indicator(level1, level2, name, target, achievedToDate, expectedYearEnd, light,
                deviationCause, correctiveMeasure);
    }
}
