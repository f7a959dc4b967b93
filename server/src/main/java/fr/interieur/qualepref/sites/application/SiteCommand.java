package fr.interieur.qualepref.sites.application;

import fr.interieur.qualepref.referential.domain.SiteType;
import fr.interieur.qualepref.sites.domain.Contact;
import java.util.Set;

/**
 * What the DMAT says of a site when it creates or updates it. On update, code, type and parent stay as they are.
 *
 * @param referentialVersion the version code, or null for the latest
 * @param parentCode         the parent préfecture's code, for a sous-préfecture
 */
public record SiteCommand(String code, String name, SiteType type, String region, String parentCode,
                          boolean hasCert, boolean engaged, String referentialVersion, Set<Integer> modules,
                          Contact contact) {

    public SiteCommand {
        modules = Set.copyOf(modules);
    }
}
