package org.jixiao.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jixiao.common.ConflictException;
import org.jixiao.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jobs that failed their last retry (the scoring task, timers), as the engine's incidents: a system admin
 * lists them and, once the cause is fixed, gives the job one more try. The Camunda cockpit shows the same.
 */
@Service
public class Incidents {

    private final RuntimeService runtime;
    private final ManagementService management;

    public Incidents(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** An incident with the project it belongs to ({@code null} if its process has no project). */
    public record IncidentView(String id, String type, String message, Instant createdAt, String activityId,
                               String processInstanceId, Long projectId, String jobId, Integer jobRetries) {
    }

    @Transactional(readOnly = true)
    public List<IncidentView> open() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list();
        if (incidents.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, Job> jobs = management.createJobQuery().withException().list().stream()
                .collect(Collectors.toMap(Job::getId, Function.identity()));
        return incidents.stream().map(i -> {
            String key = businessKeys.get(i.getProcessInstanceId());
            Job job = jobs.get(i.getConfiguration());
            return new IncidentView(i.getId(), i.getIncidentType(), i.getIncidentMessage(),
                    i.getIncidentTimestamp().toInstant(), i.getActivityId(), i.getProcessInstanceId(),
                    key == null ? null : Long.valueOf(key), job == null ? null : job.getId(),
                    job == null ? null : job.getRetries());
        }).toList();
    }

    /**
     * Gives the failed job of the incident one more retry, due now; the engine resolves the incident and the
     * job executor runs the job again. Fails again → a new incident.
     */
    @Transactional
    public String retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("故障不存在或已处理");
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw new ConflictException("此类故障不能重试，请在流程管理平台处理");
        }
        String jobId = incident.getConfiguration();
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, new Date());
        return jobId;
    }
}
