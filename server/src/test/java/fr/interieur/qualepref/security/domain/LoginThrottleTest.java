package fr.interieur.qualepref.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Five free attempts, then 1 s, 2 s, 4 s ... capped at 15 minutes. */
class LoginThrottleTest {

    final LoginThrottle throttle = new LoginThrottle(LoginThrottle.DEFAULT_CAP);

    @Test
    void letsTheFirstFourFailuresGoWithoutLock() {
        for (int n = 0; n < 5; n++) {
            assertThat(throttle.lockAfter(n)).as("failure %d", n).isEmpty();
        }
    }

    @Test
    void doublesTheLockFromTheFifthConsecutiveFailure() {
        assertThat(throttle.lockAfter(5)).contains(Duration.ofSeconds(1));
        assertThat(throttle.lockAfter(6)).contains(Duration.ofSeconds(2));
        assertThat(throttle.lockAfter(7)).contains(Duration.ofSeconds(4));
        assertThat(throttle.lockAfter(14)).contains(Duration.ofSeconds(512));
    }

    @Test
    void capsTheLockAtFifteenMinutes() {
        assertThat(throttle.lockAfter(15)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockAfter(60)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockAfter(Integer.MAX_VALUE)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aUserIsLockedAfterFiveFailuresAndFreedBySuccess() {
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00Z");
        User user = new User("jdupont", "J. Dupont", null, "PBKDF2WithHmacSHA256:1:a:b", now);
        for (int i = 0; i < 4; i++) {
            user.loginFailed(throttle, now);
        }
        assertThat(user.lockedAt(now)).isFalse();
        user.loginFailed(throttle, now);
        assertThat(user.lockedAt(now)).isTrue();
        assertThat(user.lockedAt(now.plusSeconds(1))).isFalse();
        user.loginSucceeded(now.plusSeconds(2));
        assertThat(user.failedLogins()).isZero();
        assertThat(user.lockedUntil()).isEmpty();
    }
}
