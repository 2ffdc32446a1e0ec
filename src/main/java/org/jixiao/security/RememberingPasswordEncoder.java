package org.jixiao.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bcrypt on every HTTP Basic API call costs tens of milliseconds of CPU per request, more than the task list
 * itself. {@code matches(raw, hash)} is a pure function, so this encoder remembers the pairs that matched: as a
 * keyed digest (HMAC with a key that never leaves this process), never the password itself. A changed password
 * has a new hash and so misses; wrong passwords are never remembered and always pay the full bcrypt price.
 */
public final class RememberingPasswordEncoder implements PasswordEncoder {

    static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder delegate;
    private final SecretKeySpec key;
    private final Set<String> matched = ConcurrentHashMap.newKeySet();

    public RememberingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String digest = digest(rawPassword, encodedPassword);
        if (matched.contains(digest)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matched.size() >= MAX_REMEMBERED) {
                matched.clear();
            }
            matched.add(digest);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String digest(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(encodedPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
