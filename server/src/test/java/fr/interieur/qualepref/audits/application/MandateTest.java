package fr.interieur.qualepref.audits.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.RoleGrant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** V.2: the regional préfecture mandates the auditor of an internal audit; the DMAT names every auditor. */
class MandateTest {

    static final String BZH = "Bretagne";

    static Caller with(RoleGrant grant) {
        return new Caller(1, "someone", Set.of(grant));
    }

    @Test
    void theDmatNamesTheAuditorOfEveryAuditThatTakesOne() {
        Caller dmat = with(RoleGrant.national(Role.DMAT_ADMIN));
        for (AuditType type : AuditType.values()) {
            assertThat(AuditService.canMandate(dmat, BZH, type)).as(type.slug()).isTrue();
        }
    }

    @Test
    void thePilotOfTheSitesRegionMandatesInternalAuditsOnly() {
        Caller pilot = with(RoleGrant.onRegion(BZH));
        assertThat(AuditService.canMandate(pilot, BZH, AuditType.INTERNAL)).isTrue();
        assertThat(AuditService.canMandate(pilot, BZH, AuditType.EXTERNAL_INITIAL)).isFalse();
        assertThat(AuditService.canMandate(pilot, "Normandie", AuditType.INTERNAL)).isFalse();
    }

    @Test
    void theSitesReferentRequestsAnInternalAuditButDoesNotNameItsAuditor() {
        Caller referent = with(RoleGrant.onSite(Role.QUALITY_REFERENT, 29));
        assertThat(AuditService.canMandate(referent, BZH, AuditType.INTERNAL)).isFalse();
        assertThat(AuditService.canMandate(referent, BZH, AuditType.SELF_ASSESSMENT)).isFalse();
    }
}
