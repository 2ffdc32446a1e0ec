package org.jixiao.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    List<Organisation> findByTypeOrderByName(OrganisationType type);

    List<Organisation> findByParentIdOrderByName(Long parentId);
}
