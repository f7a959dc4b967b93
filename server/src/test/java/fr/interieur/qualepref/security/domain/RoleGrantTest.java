package fr.interieur.qualepref.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where each role is held, and when a grant is in force. */
class RoleGrantTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    @Test
    void dmatIsNational() {
        assertThat(RoleGrant.national(Role.DMAT_ADMIN).siteId()).isNull();
        assertThatThrownBy(() -> new RoleGrant(Role.DMAT_ADMIN, 1L, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant(Role.DMAT_ADMIN, null, "Bretagne", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegionalPilotHoldsARegionOnly() {
        assertThat(RoleGrant.onRegion("Bretagne").region()).isEqualTo("Bretagne");
        assertThatThrownBy(() -> new RoleGrant(Role.REGIONAL_PILOT, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleGrant(Role.REGIONAL_PILOT, 1L, "Bretagne", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void siteRolesHoldASite() {
        for (Role role : new Role[] {Role.QUALITY_REFERENT, Role.AGENT, Role.AUDITOR}) {
            assertThat(RoleGrant.onSite(role, 7).siteId()).isEqualTo(7L);
            assertThatThrownBy(() -> new RoleGrant(role, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RoleGrant(role, 7L, "Bretagne", null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void isInForceWithinItsWindowOnly() {
        RoleGrant audit = new RoleGrant(Role.AUDITOR, 7L, null, NOW, NOW.plusDays(3));
        assertThat(audit.activeAt(NOW.minusSeconds(1))).isFalse();
        assertThat(audit.activeAt(NOW)).isTrue();
        assertThat(audit.activeAt(NOW.plusDays(3))).isFalse();
    }

    @Test
    void theCallerKeepsOnlyTheGrantsInForce() {
        Caller caller = new Caller(1, "auditor", Set.of(new RoleGrant(Role.AUDITOR, 7L, null, NOW, NOW.plusDays(3)),
                RoleGrant.onSite(Role.AGENT, 8))).at(NOW.plusDays(4));
        assertThat(caller.hasRole(Role.AUDITOR)).isFalse();
        assertThat(caller.hasRoleOnSite(Role.AGENT, 8)).isTrue();
    }

    @Test
    void aStoredGrantRefusesAnEmptyWindow() {
        assertThatThrownBy(() -> new Grant(1, new RoleGrant(Role.AUDITOR, 7L, null, NOW, NOW), "dmat-admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
