package org.jixiao.form;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** The repository every form kind has: at most one form per project. */
@NoRepositoryBean
public interface FormRepository<E extends FormRecord<?>> extends JpaRepository<E, Long> {

    // JPQL rather than a derived query: read at every step, and Hibernate 6 translates derived queries anew each call
    @Query("select f from #{#entityName} f where f.projectId = :projectId")
    Optional<E> findByProjectId(@Param("projectId") Long projectId);
}
