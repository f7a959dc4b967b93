package fr.interieur.qualepref.governance.domain;

/** Where an action plan comes from (IV.4, V.1, V.2); an audit finding will link to audits (issue 8). */
public enum ActionSource {
    AUDIT_FINDING, ANNUAL_REVIEW, COMPLAINT_ANALYSIS, INDICATOR_DEGRADATION, COMMITTEE_SUGGESTION, STAFF_FEEDBACK
}
