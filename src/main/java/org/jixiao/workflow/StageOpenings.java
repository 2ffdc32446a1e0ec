package org.jixiao.workflow;

import org.jixiao.project.Stage;
import org.springframework.stereotype.Component;

/** Read by the lifecycle BPMN ({@code ${stageOpenings.isOpen(year, 'MONITORING')}}): a late project skips the wait. */
@Component("stageOpenings")
public class StageOpenings {

    private final StageOpeningRepository openings;

    public StageOpenings(StageOpeningRepository openings) {
        this.openings = openings;
    }

    public boolean isOpen(Integer year, String stage) {
        return openings.existsByFiscalYearAndStage(year, Stage.valueOf(stage));
    }
}
