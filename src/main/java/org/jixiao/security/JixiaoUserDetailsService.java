package org.jixiao.security;

import org.jixiao.organisation.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class JixiaoUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    public JixiaoUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
