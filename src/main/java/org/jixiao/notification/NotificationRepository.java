package org.jixiao.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

    Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    /**
     * Every role of every enabled person of the organisation (few per organisation), for choosing recipients.
     * Plain values rather than user entities, which the transaction would then dirty-check at every flush; no
     * collection parameter, which would make Hibernate translate the query anew on every new task.
     */
    @Query("""
            select new org.jixiao.notification.Recipient$WithRole(u.id, u.email, r) from AppUser u join u.roles r
            where u.organisation.id = :organisationId and u.enabled = true order by u.id""")
    List<Recipient.WithRole> findActiveWithRoles(@Param("organisationId") Long organisationId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") Long recipientId, @Param("at") Instant at);
}
