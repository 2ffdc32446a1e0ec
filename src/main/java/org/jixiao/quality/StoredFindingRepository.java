package org.jixiao.quality;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface StoredFindingRepository extends JpaRepository<StoredFinding, Long> {

    List<StoredFinding> findByProjectIdOrderByPosition(Long projectId);

    @Modifying(flushAutomatically = true)
    @Query("delete from StoredFinding f where f.projectId = :projectId")
    void deleteByProjectId(@Param("projectId") Long projectId);
}
