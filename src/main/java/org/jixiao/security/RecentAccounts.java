package org.jixiao.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The accounts that logged in during the last few seconds ({@code jixiao.login.remember-seconds}, 0 turns it off).
 * Every HTTP Basic API call logs in, and without this each one would read the user with its organisation and
 * roles again. A change made through {@code AccountAdministration} is forgotten here once it commits; other nodes
 * see it when their copy expires. A password that no longer matches the remembered hash is checked against the
 * database before it is refused (Spring's {@code DaoAuthenticationProvider} does that for any {@link UserCache}).
 */
@Component
public class RecentAccounts implements UserCache {

    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(UserDetails user, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Remembered> byUsername = new ConcurrentHashMap<>();

    @Autowired
    public RecentAccounts(@Value("${jixiao.login.remember-seconds:10}") int rememberSeconds) {
        this(Duration.ofSeconds(rememberSeconds), System::nanoTime);
    }

    RecentAccounts(Duration timeToLive, LongSupplier nanoTime) {
        this.ttlNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public UserDetails getUserFromCache(String username) {
        Remembered remembered = byUsername.get(username);
        if (remembered == null) {
            return null;
        }
        if (nanoTime.getAsLong() - remembered.expiresAtNanos() >= 0) {
            byUsername.remove(username, remembered);
            return null;
        }
        return remembered.user();
    }

    @Override
    public void putUserInCache(UserDetails user) {
        if (ttlNanos <= 0) {
            return;
        }
        if (byUsername.size() >= MAX_REMEMBERED) {
            byUsername.clear();
        }
        byUsername.put(user.getUsername(), new Remembered(user, nanoTime.getAsLong() + ttlNanos));
    }

    @Override
    public void removeUserFromCache(String username) {
        byUsername.remove(username);
    }

    /**
     * Forgets the account when the current transaction commits: forgotten earlier, a login in between could
     * read the old row again and remember it.
     */
    public void forgetOnCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            removeUserFromCache(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeUserFromCache(username);
            }
        });
    }
}
