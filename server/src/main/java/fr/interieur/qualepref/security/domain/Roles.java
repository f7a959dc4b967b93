package fr.interieur.qualepref.security.domain;

/** Role names as compile-time constants for {@code @RolesAllowed}; each equals a {@link Role} name. */
public final class Roles {

    public static final String DMAT_ADMIN = "DMAT_ADMIN";
    public static final String REGIONAL_PILOT = "REGIONAL_PILOT";
    public static final String QUALITY_REFERENT = "QUALITY_REFERENT";
    public static final String AGENT = "AGENT";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
