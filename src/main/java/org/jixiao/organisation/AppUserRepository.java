package org.jixiao.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    // every HTTP Basic call loads its user: JPQL Hibernate translates once, organisation and roles in the same query
    @Query("select u from AppUser u join fetch u.organisation left join fetch u.roles where u.username = :username")
    Optional<AppUser> findByUsername(@Param("username") String username);

    List<AppUser> findByOrganisationIdOrderByUsername(Long organisationId);
}
