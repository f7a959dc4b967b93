package fr.interieur.qualepref.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The site (tenant) the current request works in. Set once, at the HTTP boundary, after the caller's right to work in
 * that site was checked; everything below reads it from here and nowhere else.
 */
@RequestScoped
public class TenantContext {

    /** The EclipseLink context property of the tenant discriminator column {@code site_id}. */
    public static final String PROPERTY = "qualepref.site_id";

    private Long siteId;

    public void enter(long site) {
        if (siteId != null && siteId != site) {
            throw new IllegalStateException("a request works in one site; it is already in site " + siteId);
        }
        siteId = site;
    }

    public OptionalLong siteId() {
        return siteId == null ? OptionalLong.empty() : OptionalLong.of(siteId);
    }

    /** The site, for code that only makes sense inside one; fails closed otherwise. */
    public long required() {
        if (siteId == null) {
            throw new IllegalStateException("no site is bound to this request");
        }
        return siteId;
    }
}
