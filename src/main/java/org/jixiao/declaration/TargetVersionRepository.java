package org.jixiao.declaration;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TargetVersionRepository extends JpaRepository<TargetVersion, Long> {

    List<TargetVersion> findByProjectIdOrderByNumberAsc(Long projectId);

    Optional<TargetVersion> findFirstByProjectIdOrderByNumberDesc(Long projectId);
}
