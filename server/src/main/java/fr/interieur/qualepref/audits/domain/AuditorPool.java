package fr.interieur.qualepref.audits.domain;

import java.util.List;
import java.util.Optional;

/** The regional pools of internal auditors (V.2), a national registry, and what their rules need to read. */
public interface AuditorPool {

    Optional<AuditorPoolMember> find(long id);

    /** Memberships matching every non-null filter, by region then login. */
    List<AuditorPoolMember> find(String region, Boolean active, String login);

    /** Every membership of the user, active or withdrawn, in any region. */
    List<AuditorPoolMember> ofUser(long userId);

    void store(AuditorPoolMember member);

    /** Whether some site of the registry lies in {@code region} (spelled as in the site registry). */
    boolean regionExists(String region);

    /** The user's QUALITY_REFERENT and AGENT grants, with the site they hold and its préfet's site. */
    List<InternalAuditorRule.StaffGrant> staffGrantsOf(long userId);
}
