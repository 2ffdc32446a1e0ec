package org.jixiao.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    // JPQL: Hibernate caches its translation; a derived query is translated again on every call (every new
    // finance review task runs this one)
    @Query("select o from Organisation o where o.type = :type order by o.name")
    List<Organisation> findByTypeOrderByName(@Param("type") OrganisationType type);

    List<Organisation> findByParentIdOrderByName(Long parentId);
}
