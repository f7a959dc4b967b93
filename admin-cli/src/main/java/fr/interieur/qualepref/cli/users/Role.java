package fr.interieur.qualepref.cli.users;

/** The roles of the API, so picocli refuses a misspelt role before any request is sent. */
public enum Role { DMAT_ADMIN, REGIONAL_PILOT, QUALITY_REFERENT, AGENT, AUDITOR }
