package org.jixiao.form;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.Optional;

/** The repository every form kind has: at most one form per project. */
@NoRepositoryBean
public interface FormRepository<E extends FormRecord<?>> extends JpaRepository<E, Long> {

    Optional<E> findByProjectId(Long projectId);
}
