package org.jixiao.task;

import org.jixiao.workflow.Incidents;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** System admins see the jobs that failed their last retry and retry them once the cause is fixed. */
@RestController
@RequestMapping("/api/admin/incidents")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class IncidentApiController {

    private final Incidents incidents;

    public IncidentApiController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    public List<Incidents.IncidentView> open() {
        return incidents.open();
    }

    /** 202: the job is queued again; it runs with the next job-executor round. */
    @PostMapping("/{incidentId}/retry")
    public ResponseEntity<Map<String, String>> retry(@PathVariable String incidentId) {
        String jobId = incidents.retry(incidentId);
        return ResponseEntity.accepted().body(Map.of("incidentId", incidentId, "jobId", jobId));
    }
}
