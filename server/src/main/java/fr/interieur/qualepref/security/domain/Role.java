package fr.interieur.qualepref.security.domain;

/**
 * The roles of the platform. The names are the strings used in {@code @RolesAllowed}, through the constants of
 * {@link Roles}.
 */
public enum Role {
    /** DMAT administrator: the whole network (provisioning, audits, national reports). */
    DMAT_ADMIN,
    /** Regional pilot: reads the sites of one region (IV.3 "pilotage régional"). */
    REGIONAL_PILOT,
    /** Référent qualité: manages one site (IV.2). */
    QUALITY_REFERENT,
    /** Agent: records and uploads for one site. */
    AGENT,
    /** Auditor: only what an audit assignment grants, for its time window. */
    AUDITOR
}
