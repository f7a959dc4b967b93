package fr.interieur.qualepref.security.domain;

import java.util.Optional;

/**
 * What identity needs of the site registry: a site code to its id and back. The sites context owns the registry;
 * this narrow port keeps security from depending on its model.
 */
public interface SiteDirectory {

    Optional<Long> idOf(String siteCode);

    Optional<String> codeOf(long siteId);
}
