package org.jixiao.quality;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DeclarationGradeRepository extends JpaRepository<DeclarationGrade, Long> {

    List<DeclarationGrade> findByProjectIdOrderByGradedAtAscIdAsc(Long projectId);
}
