package org.jixiao.admin;

import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 用户管理: the system admin's page for accounts. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class AdminUserPageController {

    private final AccountAdministration accounts;

    public AdminUserPageController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("users", accounts.list(admin));
        model.addAttribute("organisations", accounts.organisations(admin));
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("account", accounts.find(id, admin));
        model.addAttribute("organisations", accounts.organisations(admin));
        model.addAttribute("roles", Role.values());
        return "admin-user";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) Long organisationId,
                  @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String password,
                  @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        PageActions.run(redirect, "已创建账号 " + username, () -> accounts.create(
                new AccountAdministration.NewAccount(username, displayName, email, organisationId, roleSet(roles),
                        password), admin));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}")
    String change(@PathVariable Long id, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) Long organisationId,
                  @RequestParam(required = false) List<Role> roles,
                  @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        PageActions.run(redirect, "已保存", () -> accounts.change(id,
                new AccountAdministration.AccountChange(displayName, email, organisationId, roleSet(roles)), admin));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam(required = false) String password,
                         @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        PageActions.run(redirect, "密码已重置", () -> accounts.resetPassword(id, password, admin));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable Long id, @RequestParam boolean enabled,
                      @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        PageActions.run(redirect, enabled ? "账号已启用" : "账号已停用", () -> accounts.setEnabled(id, enabled, admin));
        return "redirect:/admin/users/" + id;
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
