package org.jixiao.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * The Camunda webapps accept the Spring Security login ("container-based") but still look the person up in
 * the engine's own identity tables. So every system admin of ours has a twin there, in the
 * {@code camunda-admin} group, with a random password that is never used: the login stays ours.
 */
@Component
public class CamundaAdminAccounts {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identity;
    private final AppUserRepository users;

    public CamundaAdminAccounts(IdentityService identity, AppUserRepository users) {
        this.identity = identity;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void syncAll() {
        users.findAll().forEach(u -> sync(u.getUsername(), u.isEnabled() && u.getRoles().contains(Role.SYSTEM_ADMIN)));
    }

    /** Gives a system admin its engine twin, or takes it away when the role or the account is gone. */
    @Transactional
    public void sync(String username, boolean systemAdmin) {
        ensureAdminGroup();
        User twin = identity.createUserQuery().userId(username).singleResult();
        if (systemAdmin && twin == null) {
            User user = identity.newUser(username);
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
            identity.createMembership(username, ADMIN_GROUP);
        } else if (!systemAdmin && twin != null) {
            identity.deleteUser(username);
        }
    }

    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(ADMIN_GROUP);
            group.setName("Camunda BPM Administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
    }
}
