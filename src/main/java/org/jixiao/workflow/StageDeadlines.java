package org.jixiao.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.project.Stage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The deadline finance set for a form stage of a year, turned into the dates of the fill task's BPMN timers
 * ({@code ${stageDeadlines.reminderAt(year, stage)}} and friends). A stage without a deadline gets timers in
 * the far future; when finance sets the deadline later, {@link #applyToOpenFillTasks} moves them.
 */
@Component("stageDeadlines")
public class StageDeadlines {

    /** Never reached; the timer exists so that setting a deadline later only has to move it. */
    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 1, 1);

    private final StageOpeningRepository openings;
    private final TaskService tasks;
    private final ManagementService management;
    private final int reminderDaysBefore;
    private final ZoneId zone = ZoneId.systemDefault();

    public StageDeadlines(StageOpeningRepository openings, TaskService tasks, ManagementService management,
                          @Value("${jixiao.reminder-days-before:3}") int reminderDaysBefore) {
        this.openings = openings;
        this.tasks = tasks;
        this.management = management;
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** When the reminder goes out: {@code jixiao.reminder-days-before} days before the deadline, at midnight. */
    public Date reminderAt(Integer year, String stage) {
        return deadline(year, stage).map(d -> startOf(d.minusDays(reminderDaysBefore))).orElse(startOf(NO_DEADLINE));
    }

    /** When the task becomes overdue: once the deadline day is over. */
    public Date overdueAt(Integer year, String stage) {
        return deadline(year, stage).map(d -> startOf(d.plusDays(1))).orElse(startOf(NO_DEADLINE));
    }

    /** The fill task's due date (end of the deadline day), or none. */
    public Date dueDate(Integer year, String stage) {
        return deadline(year, stage).map(d -> Date.from(d.atTime(23, 59, 59).atZone(zone).toInstant())).orElse(null);
    }

    /** Whether the deadline day is over at {@code now}; a reminder after that makes no sense. */
    public boolean isPast(Integer year, String stage, Date now) {
        return !now.before(overdueAt(year, stage));
    }

    /**
     * Gives the fill tasks already open in that stage and year the deadline: their due date, and their reminder
     * and overdue timers moved to it.
     */
    void applyToOpenFillTasks(int year, Stage stage) {
        List<Task> open = tasks.createTaskQuery()
                .taskDefinitionKey(ProcessKeys.TASK_FILL)
                .processVariableValueEquals(ProcessKeys.VAR_YEAR, year)
                .processVariableValueEquals(ProcessKeys.VAR_STAGE, stage.name())
                .list();
        Date reminder = reminderAt(year, stage.name());
        Date overdue = overdueAt(year, stage.name());
        for (Task task : open) {
            task.setDueDate(dueDate(year, stage.name()));
            tasks.saveTask(task);
            moveTimers(task.getProcessInstanceId(), ProcessKeys.EVENT_REMINDER_DUE, reminder);
            moveTimers(task.getProcessInstanceId(), ProcessKeys.EVENT_OVERDUE, overdue);
        }
    }

    private void moveTimers(String processInstanceId, String eventId, Date due) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(eventId).timers().list();
        timers.forEach(job -> management.setJobDuedate(job.getId(), due));
    }

    Optional<LocalDate> deadline(Integer year, String stage) {
        return openings.findByFiscalYearAndStage(year, Stage.valueOf(stage)).map(StageOpening::getDeadline);
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
