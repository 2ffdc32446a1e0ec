package org.jixiao.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login (form and HTTP Basic) with the accounts of {@link JixiaoUserDetailsService} (remembered for a
 * few seconds by {@link RecentAccounts}), bcrypt hashes, disabled accounts refused, and {@link LoginThrottle}
 * counting failures per user name and client address.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(JixiaoUserDetailsService accounts, PasswordEncoder encoder,
                                           LoginThrottle throttle, RecentAccounts recentAccounts) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserCache(recentAccounts);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String clientIp = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "";
        LoginThrottle.Standing standing = throttle.standing(username, clientIp);
        if (standing.locked()) {
            throw new LockedException("登录失败次数过多，请 " + throttle.lockDuration().toMinutes() + " 分钟后再试");
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            // most logins (every HTTP Basic call) have no failures to clear: no write for them
            if (standing.recorded()) {
                throttle.succeeded(username, clientIp);
            }
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, clientIp);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
