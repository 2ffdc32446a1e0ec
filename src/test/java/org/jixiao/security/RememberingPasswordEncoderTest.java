package org.jixiao.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting);

    @Test
    void aMatchingPasswordIsCheckedByBcryptOnceThenRemembered() {
        String hash = encoder.encode("s3cret");
        assertThat(hash).startsWith("$2a$");
        assertThat(encoder.matches("s3cret", hash)).isTrue();
        assertThat(encoder.matches("s3cret", hash)).isTrue();
        assertThat(encoder.matches("s3cret", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void wrongPasswordsAreNeverRememberedAndAlwaysPayForBcrypt() {
        String hash = encoder.encode("s3cret");
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aChangedPasswordHasANewHashSoTheOldPasswordNoLongerMatches() {
        String before = encoder.encode("old-password");
        assertThat(encoder.matches("old-password", before)).isTrue();
        String after = encoder.encode("new-password");
        assertThat(encoder.matches("old-password", after)).isFalse();
        assertThat(encoder.matches("new-password", after)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void theSameHashWithADifferentPasswordIsNotMistakenForARememberedOne() {
        String hash = encoder.encode("s3cret");
        assertThat(encoder.matches("s3cret", hash)).isTrue();
        assertThat(encoder.matches("s3cret ", hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
    }
}
