package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * The HTTP boundary of every governance route: resolves the site of {@code {code}} (404 when the caller may not see
 * it), checks the caller's right on it, and enters it (docs/adr/0004-tenancy.md). Whoever may see a site reads its
 * governance records (its staff, an auditor holding a grant on it, its regional pilot, the DMAT); its référent
 * qualité and the DMAT record them.
 */
@RequestScoped
public class GovernanceSites {

    @Inject
    SiteService sites;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    Site read(String code) {
        Site site = sites.visible(code);
        tenant.enter(site.id());
        return site;
    }

    Site write(String code) {
        Site site = sites.visible(code);
        if (!SiteAccess.canManage(callers.required(), site)) {
            throw new Forbidden("Only the DMAT or the site's référent qualité record its governance.");
        }
        tenant.enter(site.id());
        return site;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("Query parameter " + name + " must be a date (YYYY-MM-DD), not '" + value + "'.");
        }
    }

    static int year(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        }
        if (!value.strip().matches("20[0-9]{2}")) {
            throw new InvalidRequest("Query parameter year must be a year from 2000 to 2099, not '" + value + "'.");
        }
        return Integer.parseInt(value.strip());
    }

    static <T> Collection<T> noNulls(String field, Collection<T> values) {
        if (values != null && values.contains(null)) {
            throw new InvalidRequest(field + " must not contain null.");
        }
        return values;
    }
}
