package fr.interieur.qualepref.governance.domain;

/** Who must sit at the bilan annuel (V.1: the préfet or a representative, the directors and heads of the services concerned, the quality manager). */
public enum ReviewAttendee {
    PREFET_OR_REPRESENTATIVE, SERVICE_DIRECTORS, QUALITY_MANAGER
}
