package fr.interieur.qualepref.audits.domain;

/**
 * The audits of chapter V: the site's own self-assessment, an internal audit by an auditor of the regional pool
 * (requested from the regional préfecture, V.2), and the certification body's external audits.
 */
public enum AuditType {
    SELF_ASSESSMENT("self-assessment", "auto-évaluation"),
    INTERNAL("internal", "audit interne"),
    EXTERNAL_INITIAL("external-initial", "audit externe initial"),
    EXTERNAL_FOLLOW_UP("external-follow-up", "audit externe de suivi"),
    EXTERNAL_RENEWAL("external-renewal", "audit externe de renouvellement");

    private final String slug;
    private final String french;

    AuditType(String slug, String french) {
        this.slug = slug;
        this.french = french;
    }

    /** By the certification body: needs a preparatory audit before it (V.2) and leads to a label decision. */
    public boolean external() {
        return this == EXTERNAL_INITIAL || this == EXTERNAL_FOLLOW_UP || this == EXTERNAL_RENEWAL;
    }

    /** An internal audit or a self-assessment: what V.2 asks about 2 months before each external audit. */
    public boolean preparatory() {
        return this == SELF_ASSESSMENT || this == INTERNAL;
    }

    /** The spelling of the API and the CLI: {@code external-initial}. */
    public String slug() {
        return slug;
    }

    public String french() {
        return french;
    }

    /** Accepts the slug or the constant name, in any case. */
    public static AuditType parse(String text) {
        for (AuditType t : values()) {
            if (t.slug.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown audit type '" + text + "'; one of self-assessment, internal, "
                + "external-initial, external-follow-up, external-renewal");
    }
}
