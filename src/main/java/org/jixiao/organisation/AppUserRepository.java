package org.jixiao.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;

import java.util.List;
import java.util.Optional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByOrganisationIdOrderByUsername(Long organisationId);

    /** The enabled people of an organisation holding at least one of the roles (notification recipients). */
    @Query("""
            select distinct u from AppUser u join u.roles r
            where u.organisation.id = :organisationId and u.enabled = true and r in :roles
            """)
    List<AppUser> findActiveByOrganisationAndRoles(@Param("organisationId") Long organisationId,
                                                   @Param("roles") Collection<Role> roles);
}
