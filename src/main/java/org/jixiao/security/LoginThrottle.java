package org.jixiao.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing: after {@code jixiao.login.max-failures} failed logins in a row for one user name
 * from one client address, that pair may not log in for {@code jixiao.login.lock-minutes}, not even with the
 * right password. Kept in the database so that every node sees the same count.
 */
@Service
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock;

    public LoginThrottle(JdbcTemplate jdbc, @Value("${jixiao.login.max-failures:5}") int maxFailures,
                         @Value("${jixiao.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.clock = Clock.systemUTC();
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return lock;
    }

    /** Where the pair stands before a login: locked or not, and whether a row is kept for it at all. */
    public record Standing(boolean locked, boolean recorded) {
    }

    @Transactional(readOnly = true)
    public Standing standing(String username, String clientIp) {
        List<Timestamp> until = jdbc.query(
                "select locked_until from login_attempt where username = ? and client_ip = ?",
                (rs, row) -> rs.getTimestamp(1), key(username), address(clientIp));
        boolean locked = !until.isEmpty() && until.get(0) != null && until.get(0).toInstant().isAfter(clock.instant());
        return new Standing(locked, !until.isEmpty());
    }

    /** Counts a failure; the one that reaches the limit starts the lock. Committed even if the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String clientIp) {
        String user = key(username);
        String ip = address(clientIp);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update login_attempt set failures = failures + 1, last_failure_at = ? "
                + "where username = ? and client_ip = ?", now, user, ip);
        if (updated == 0) {
            try {
                jdbc.update("insert into login_attempt (username, client_ip, failures, last_failure_at) "
                        + "values (?, ?, 1, ?)", user, ip, now);
            } catch (DuplicateKeyException e) {
                // another node inserted the row at the same moment
                jdbc.update("update login_attempt set failures = failures + 1, last_failure_at = ? "
                        + "where username = ? and client_ip = ?", now, user, ip);
            }
        }
        jdbc.update("update login_attempt set locked_until = ?, failures = 0 "
                        + "where username = ? and client_ip = ? and failures >= ?",
                Timestamp.from(clock.instant().plus(lock)), user, ip, maxFailures);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String clientIp) {
        jdbc.update("delete from login_attempt where username = ? and client_ip = ?", key(username), address(clientIp));
    }

    /** How many failures are counted for the pair now (for tests and the admin page). */
    @Transactional(readOnly = true)
    public int failures(String username, String clientIp) {
        return jdbc.queryForList("select failures from login_attempt where username = ? and client_ip = ?",
                Integer.class, key(username), address(clientIp)).stream().findFirst().orElse(0);
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String address(String clientIp) {
        String ip = clientIp == null ? "" : clientIp;
        return ip.length() > 64 ? ip.substring(0, 64) : ip;
    }
}
