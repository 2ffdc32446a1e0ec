package org.jixiao.project;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ProjectHistoryRepository extends JpaRepository<ProjectHistoryEntry, Long> {

    List<ProjectHistoryEntry> findByProjectIdOrderByOccurredAtAscIdAsc(Long projectId);
}
