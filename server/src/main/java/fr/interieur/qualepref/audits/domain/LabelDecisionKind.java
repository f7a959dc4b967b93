package fr.interieur.qualepref.audits.domain;

/** What the DMAT decides after an external audit. */
public enum LabelDecisionKind { GRANTED, REFUSED, SUSPENDED }
