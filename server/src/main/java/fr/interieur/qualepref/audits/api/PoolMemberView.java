package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A membership of a regional auditor pool, as the routes of /auditor-pool answer it. */
public record PoolMemberView(long id, String login, String displayName, String region, boolean active,
                             LocalDate trainedOn, String attestation, String addedBy, OffsetDateTime addedAt,
                             LocalDate withdrawnOn, String withdrawnReason, String withdrawnBy) {

    static PoolMemberView of(AuditorPoolMember m) {
        return new PoolMemberView(m.id(), m.login(), m.user().displayName(), m.region(), m.active(), m.trainedOn(),
                m.attestation(), m.addedBy(), m.addedAt(), m.withdrawnOn(), m.withdrawnReason(), m.withdrawnBy());
    }
}
