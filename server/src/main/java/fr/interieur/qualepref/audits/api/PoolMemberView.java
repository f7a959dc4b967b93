package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A membership of a regional auditor pool, as the routes of /auditor-pool answer it. */
public record PoolMemberView(long id, String login, String displayName, String region, boolean active,
                             LocalDate trainedOn, String attestation, String addedBy, OffsetDateTime addedAt,
                             LocalDate withdrawnOn, String withdrawnReason, String withdrawnBy,
                             List<Long> stillMandated) {

    static PoolMemberView of(AuditorPoolMember m) {
        return of(m, null);
    }

    /** With, after a withdrawal, the ids of the open internal audits of the region still mandated to the member. */
    static PoolMemberView of(AuditorPoolMember m, List<Long> stillMandated) {
        return new PoolMemberView(m.id(), m.login(), m.user().displayName(), m.region(), m.active(), m.trainedOn(),
                m.attestation(), m.addedBy(), m.addedAt(), m.withdrawnOn(), m.withdrawnReason(), m.withdrawnBy(),
                stillMandated);
    }
}
