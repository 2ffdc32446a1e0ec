package org.jixiao.security;

import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RecentAccountsTest {

    private final AtomicLong now = new AtomicLong(-5); // nanoTime may be negative
    private final RecentAccounts recent = new RecentAccounts(Duration.ofSeconds(10), now::get);

    @Test
    void anAccountIsRememberedForItsTimeToLiveAndThenReadAgain() {
        CurrentUser unit = account("unit");
        recent.putUserInCache(unit);
        now.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertThat(recent.getUserFromCache("unit")).isSameAs(unit);
        now.incrementAndGet();
        assertThat(recent.getUserFromCache("unit")).isNull();
        assertThat(recent.getUserFromCache("nobody")).isNull();
    }

    @Test
    void aForgottenAccountIsReadAgainAtOnce() {
        recent.putUserInCache(account("unit"));
        recent.putUserInCache(account("dept"));
        recent.forgetOnCommit("unit"); // no transaction here: forgotten now
        assertThat(recent.getUserFromCache("unit")).isNull();
        assertThat(recent.getUserFromCache("dept")).isNotNull();
    }

    @Test
    void zeroSecondsRemembersNothing() {
        RecentAccounts off = new RecentAccounts(Duration.ZERO, now::get);
        off.putUserInCache(account("unit"));
        assertThat(off.getUserFromCache("unit")).isNull();
    }

    @Test
    void aFullCacheStartsOver() {
        for (int i = 0; i < RecentAccounts.MAX_REMEMBERED; i++) {
            recent.putUserInCache(account("u" + i));
        }
        assertThat(recent.getUserFromCache("u0")).isNotNull();
        recent.putUserInCache(account("last"));
        assertThat(recent.getUserFromCache("u0")).isNull();
        assertThat(recent.getUserFromCache("last")).isNotNull();
    }

    private static CurrentUser account(String username) {
        return new CurrentUser(1, username, "{bcrypt}x", username, 2, "本部", OrganisationType.UNIT, 1L,
                Set.of(Role.UNIT_FILLER), true);
    }
}
