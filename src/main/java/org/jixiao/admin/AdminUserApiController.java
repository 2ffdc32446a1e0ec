package org.jixiao.admin;

import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Accounts for system admins: list, create, change organisation and roles, reset password, disable, enable. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class AdminUserApiController {

    private final AccountAdministration accounts;

    public AdminUserApiController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<Account> list(@AuthenticationPrincipal CurrentUser admin) {
        return accounts.list(admin).stream().map(Account::of).toList();
    }

    @GetMapping("/{id}")
    public Account get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin) {
        return Account.of(accounts.find(id, admin));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Account create(@RequestBody AccountAdministration.NewAccount account,
                          @AuthenticationPrincipal CurrentUser admin) {
        return Account.of(accounts.create(account, admin));
    }

    @PutMapping("/{id}")
    public Account change(@PathVariable Long id, @RequestBody AccountAdministration.AccountChange change,
                          @AuthenticationPrincipal CurrentUser admin) {
        return Account.of(accounts.change(id, change, admin));
    }

    @PostMapping("/{id}/password")
    public ResponseEntity<Void> resetPassword(@PathVariable Long id, @RequestBody PasswordReset reset,
                                              @AuthenticationPrincipal CurrentUser admin) {
        accounts.resetPassword(id, reset.password(), admin);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    public Account disable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin) {
        return Account.of(accounts.setEnabled(id, false, admin));
    }

    @PostMapping("/{id}/enable")
    public Account enable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin) {
        return Account.of(accounts.setEnabled(id, true, admin));
    }

    public record PasswordReset(String password) {
    }

    /** An account as the API shows it: never the password hash. */
    public record Account(Long id, String username, String displayName, String email, Long organisationId,
                          String organisation, Set<Role> roles, boolean enabled) {
        static Account of(AppUser u) {
            return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                    u.getOrganisation().getId(), u.getOrganisation().getName(), Set.copyOf(u.getRoles()), u.isEnabled());
        }
    }
}
