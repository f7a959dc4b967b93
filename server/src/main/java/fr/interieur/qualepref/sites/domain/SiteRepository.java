package fr.interieur.qualepref.sites.domain;

import fr.interieur.qualepref.referential.domain.SiteType;
import java.util.List;
import java.util.Optional;

/** The site registry. */
public interface SiteRepository {

    Optional<Site> byCode(String code);

    Optional<Site> byId(long id);

    /** Sites matching every non-null filter, ordered by code. */
    List<Site> find(SiteFilter filter);

    void store(Site site);

    /** Filters of the DMAT's site list; a null field does not filter. */
    record SiteFilter(String region, SiteType type, Boolean hasCert, Integer module, Boolean active) {
    }
}
