package org.jixiao.indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface LibraryIndicatorRepository extends JpaRepository<LibraryIndicator, Long> {

    /**
     * Indicators a department's people may use: the common ones and, with {@code departmentId}, that department's
     * own; all of them when {@code everyDepartment}. {@code q} is matched anywhere in the name (lower-case).
     */
    @Query("""
            select i from LibraryIndicator i
            where (:everyDepartment = true or i.departmentId is null or i.departmentId = :departmentId)
              and (:q is null or lower(i.name) like concat('%', :q, '%'))
              and (:level2 is null or i.level2 = :level2)
            order by i.level2, i.name, i.id
            """)
    List<LibraryIndicator> search(@Param("everyDepartment") boolean everyDepartment,
                                  @Param("departmentId") Long departmentId, @Param("q") String q,
                                  @Param("level2") String level2,
                                  org.springframework.data.domain.Pageable page);

    @Query("""
            select i from LibraryIndicator i
            where i.name = :name and (i.departmentId is null or i.departmentId = :departmentId)
            """)
    List<LibraryIndicator> findUsable(@Param("name") String name, @Param("departmentId") Long departmentId);

    @Query("""
            select count(i) > 0 from LibraryIndicator i
            where i.level2 = :level2 and i.name = :name
              and ((:departmentId is null and i.departmentId is null) or i.departmentId = :departmentId)
              and (:exceptId is null or i.id <> :exceptId)
            """)
    boolean existsSame(@Param("level2") String level2, @Param("name") String name,
                       @Param("departmentId") Long departmentId, @Param("exceptId") Long exceptId);
}
