package org.jixiao.project;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    /**
     * Locks the project's row until the transaction ends: task completions of one project take their turn, also
     * across nodes, instead of deadlocking in the engine's and the forms' rows.
     */
    @Query(value = "select id from project where id = :id for update", nativeQuery = true)
    Optional<Long> lockById(@Param("id") Long id);


    @EntityGraph(attributePaths = {"department", "unit"})
    @Query("""
            select p from Project p
            where (:year is null or p.fiscalYear = :year)
              and (:#{#scope.departmentId()} is null or p.department.id = :#{#scope.departmentId()})
              and (:#{#scope.unitId()} is null or p.unit.id = :#{#scope.unitId()})
            order by p.fiscalYear desc, p.department.name, p.unit.name, p.name
            """)
    Page<Project> findInScope(@Param("scope") ProjectScope scope, @Param("year") Integer year, Pageable pageable);

    // join fetch rather than an entity graph: Hibernate caches the translation of plain JPQL, not of graph queries
    @Query("select p from Project p join fetch p.department join fetch p.unit where p.id = :id")
    Optional<Project> findWithOrganisations(@Param("id") Long id);

    @Query("select p from Project p join fetch p.department join fetch p.unit where p.id in :ids")
    List<Project> findByIdIn(@Param("ids") Collection<Long> ids);

    @Query("""
            select new org.jixiao.project.ProjectLabel(p.id, p.name, p.fiscalYear, d.name, u.name, p.stage, p.returned)
            from Project p join p.department d join p.unit u where p.id in :ids""")
    List<ProjectLabel> findLabelsByIdIn(@Param("ids") Collection<Long> ids);

    List<Project> findByFiscalYear(int fiscalYear);

    @EntityGraph(attributePaths = {"department", "unit"})
    List<Project> findByFiscalYearAndDepartment_NameOrderByName(int fiscalYear, String departmentName);

    @Query("select p.id from Project p where p.fiscalYear = :year and p.stage = :stage")
    List<Long> findIdsByFiscalYearAndStage(@Param("year") int year, @Param("stage") Stage stage);

    boolean existsByFiscalYearAndUnitIdAndName(int fiscalYear, Long unitId, String name);

    Optional<Project> findByFiscalYearAndUnitIdAndName(int fiscalYear, Long unitId, String name);
}
