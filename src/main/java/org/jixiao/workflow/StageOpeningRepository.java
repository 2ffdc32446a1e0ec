package org.jixiao.workflow;

import org.jixiao.project.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface StageOpeningRepository extends JpaRepository<StageOpening, Long> {

    // JPQL rather than derived queries: read on every new task, and Hibernate 6 translates derived (criteria)
    // queries anew on each call
    @Query("select count(o) > 0 from StageOpening o where o.fiscalYear = :year and o.stage = :stage")
    boolean existsByFiscalYearAndStage(@Param("year") int fiscalYear, @Param("stage") Stage stage);

    @Query("select o from StageOpening o where o.fiscalYear = :year and o.stage = :stage")
    Optional<StageOpening> findByFiscalYearAndStage(@Param("year") int fiscalYear, @Param("stage") Stage stage);

    List<StageOpening> findByFiscalYearOrderByOpenedAt(int fiscalYear);
}
