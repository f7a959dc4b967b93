package fr.interieur.qualepref.security.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows password guessing on one login: after {@value #FREE_ATTEMPTS} consecutive failures, each failure locks the
 * login for 2^(n-5) seconds (1 s, 2 s, 4 s ...), capped. A lock only delays: it never disables the account, so an
 * attacker cannot lock a user out for longer than the cap.
 *
 * @param cap the longest lock (15 minutes in production)
 */
public record LoginThrottle(Duration cap) {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration DEFAULT_CAP = Duration.ofMinutes(15);

    public LoginThrottle {
        if (cap.isNegative() || cap.isZero()) {
            throw new IllegalArgumentException("the lock cap must be positive");
        }
    }

    /** The lock that follows the {@code consecutiveFailures}-th failure in a row, if any. */
    public Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int exponent = consecutiveFailures - FREE_ATTEMPTS;
        // 2^exponent seconds overflows long well after it passed any sensible cap.
        Duration lock = exponent >= 40 ? cap : Duration.ofSeconds(1L << exponent);
        return Optional.of(lock.compareTo(cap) > 0 ? cap : lock);
    }
}
