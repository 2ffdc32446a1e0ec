package org.jixiao.security;

import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rules of the first admin account; {@code TwoNodesMySqlTest} shows it on a real first start. */
class FirstAdminAccountTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final OrganisationRepository organisations = mock(OrganisationRepository.class);
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);

    @Test
    void anEmptyDatabaseGetsTheAdminInANewFinanceBureau() {
        when(organisations.findByTypeOrderByName(OrganisationType.FINANCE)).thenReturn(List.of());
        when(organisations.save(any())).thenAnswer(call -> call.getArgument(0));

        account("Secret-2024").run(null);

        ArgumentCaptor<AppUser> admin = ArgumentCaptor.forClass(AppUser.class);
        verify(users).saveAndFlush(admin.capture());
        assertThat(admin.getValue().getUsername()).isEqualTo("admin");
        assertThat(admin.getValue().getRoles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(passwords.matches("Secret-2024", admin.getValue().getPasswordHash())).isTrue();
        assertThat(admin.getValue().getOrganisation().getName()).isEqualTo("松江区财政局");
        assertThat(admin.getValue().getOrganisation().getType()).isEqualTo(OrganisationType.FINANCE);
    }

    @Test
    void nothingHappensOnceAnyAccountExistsOrWithoutAPassword() {
        when(users.count()).thenReturn(1L);
        account("Secret-2024").run(null);
        when(users.count()).thenReturn(0L);
        account("").run(null);
        verify(users, never()).saveAndFlush(any());
        verify(organisations, never()).save(any());
    }

    @Test
    void aShortPasswordStopsTheStart() {
        assertThatThrownBy(() -> account("short").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JIXIAO_ADMIN_PASSWORD");
        verify(users, never()).saveAndFlush(any());
    }

    @Test
    void anExistingFinanceBureauIsUsed() {
        Organisation finance = new Organisation("财政局", OrganisationType.FINANCE, null);
        when(organisations.findByTypeOrderByName(OrganisationType.FINANCE)).thenReturn(List.of(finance));
        account("Secret-2024").run(null);
        verify(organisations, never()).save(any());
        ArgumentCaptor<AppUser> admin = ArgumentCaptor.forClass(AppUser.class);
        verify(users).saveAndFlush(admin.capture());
        assertThat(admin.getValue().getOrganisation()).isSameAs(finance);
    }

    private FirstAdminAccount account(String password) {
        return new FirstAdminAccount(users, organisations, passwords, new NoTransactions(), password, "松江区财政局");
    }

    /** Runs the callback as it is; the repositories are fakes. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
