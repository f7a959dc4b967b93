package fr.interieur.qualepref.documents.domain;

import fr.interieur.qualepref.security.domain.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How widely a document may circulate (IV.2: the site's rules for managing its documents and records), and who reads
 * it on the platform. Document content is never open to a regional pilot or the DMAT as such: they read it only
 * through a grant on the site (an auditor's assignment). Within a site:
 * <ul>
 *   <li>{@link #PUBLIC} — may also be shown outside (a poster, the website): the site's staff (référent qualité,
 *       agents) and its auditors;</li>
 *   <li>{@link #INTERNAL} (the default) — the site's staff and its auditors;</li>
 *   <li>{@link #RESTRICTED} — names, complaints about people, staff matters: the site's référent qualité and the
 *       auditors granted on the site only; agents neither see it (not in lists, searches, counts, snippets or
 *       downloads: it does not exist for them) nor classify a document so.</li>
 * </ul>
 */
public enum Confidentiality {
    PUBLIC(EnumSet.of(Role.QUALITY_REFERENT, Role.AGENT, Role.AUDITOR)),
    INTERNAL(EnumSet.of(Role.QUALITY_REFERENT, Role.AGENT, Role.AUDITOR)),
    RESTRICTED(EnumSet.of(Role.QUALITY_REFERENT, Role.AUDITOR));

    private final Set<Role> readers;

    Confidentiality(Set<Role> readers) {
        this.readers = Collections.unmodifiableSet(readers);
    }

    /** The roles on the document's site that read a document of this level. */
    public Set<Role> readers() {
        return readers;
    }

    /** Whether someone holding {@code rolesOnSite} on the document's site reads a document of this level. */
    public boolean openTo(Set<Role> rolesOnSite) {
        return rolesOnSite.stream().anyMatch(readers::contains);
    }

    /** Whether someone holding {@code rolesOnSite} may classify a document at this level (only what they can read). */
    public boolean classifiableBy(Set<Role> rolesOnSite) {
        return openTo(rolesOnSite)
                && (rolesOnSite.contains(Role.QUALITY_REFERENT) || rolesOnSite.contains(Role.AGENT));
    }
}
