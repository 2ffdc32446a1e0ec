package org.jixiao.workflow;

import org.jixiao.project.Stage;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface StageOpeningRepository extends JpaRepository<StageOpening, Long> {

    boolean existsByFiscalYearAndStage(int fiscalYear, Stage stage);

    Optional<StageOpening> findByFiscalYearAndStage(int fiscalYear, Stage stage);

    List<StageOpening> findByFiscalYearOrderByOpenedAt(int fiscalYear);
}
