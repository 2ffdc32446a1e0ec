package org.jixiao.publication;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByProjectId(Long projectId);

    boolean existsByProjectIdAndPublishedTrue(Long projectId);
}
