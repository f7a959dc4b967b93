package fr.interieur.qualepref.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who logs in: DMAT staff, référents, agents, auditors. The login is the stable name other records quote;
 * a user is deactivated, never deleted, so that the audit trail keeps pointing at someone.
 */
@Entity
@Table(name = "app_user")
public class User {

    /** Lower-case so that "Jdupont" and "jdupont" cannot be two people. */
    public static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String login;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected User() {
    }

    public User(String login, String displayName, String email, String passwordHash, OffsetDateTime now) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("a login is 3 to 64 characters among a-z 0-9 . _ -");
        }
        this.login = login;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<OffsetDateTime> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A refused attempt: one more consecutive failure, and the lock the throttle gives for that count. */
    public void loginFailed(LoginThrottle throttle, OffsetDateTime now) {
        failedLogins++;
        lockedUntil = throttle.lockAfter(failedLogins).map(now::plus).orElse(null);
        updatedAt = now;
    }

    public void loginSucceeded(OffsetDateTime now) {
        if (failedLogins != 0 || lockedUntil != null) {
            failedLogins = 0;
            lockedUntil = null;
            updatedAt = now;
        }
    }

    public void deactivate(OffsetDateTime now) {
        active = false;
        updatedAt = now;
    }
}
