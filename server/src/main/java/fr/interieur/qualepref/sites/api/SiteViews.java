package fr.interieur.qualepref.sites.api;

import fr.interieur.qualepref.sites.domain.CommitmentExclusion;
import fr.interieur.qualepref.sites.domain.Contact;
import fr.interieur.qualepref.sites.domain.Site;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes of the site routes; field names are part of the API contract. */
public final class SiteViews {

    private SiteViews() {
    }

    public record SiteView(String code, String name, String type, String departmentCode, String region,
                           String parent, boolean hasCert, boolean engaged, boolean active,
                           String referentialVersion, List<Integer> modules, Contact contact,
                           OffsetDateTime updatedAt) {
        static SiteView of(Site s) {
            return new SiteView(s.code(), s.name(), s.type().name(), s.departmentCode(), s.region(),
                    s.parent() == null ? null : s.parent().code(), s.hasCert(), s.engaged(), s.active(),
                    s.referentialVersion().code(), s.modules().stream().sorted().toList(), s.contact(),
                    s.updatedAt());
        }
    }

    public record ExclusionView(int commitment, String justification, String decidedBy, OffsetDateTime decidedAt) {
        static ExclusionView of(CommitmentExclusion e) {
            return new ExclusionView(e.commitmentNumber(), e.justification(), e.decidedBy(), e.decidedAt());
        }
    }
}
