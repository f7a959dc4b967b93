package fr.interieur.qualepref.audits.domain;

/**
 * One line of an audit grid as generated: a commitment, one of its items, or an organisational requirement of
 * chapters IV–V, with the control methods the auditor applies. A line of a commitment the sous-préfecture does not
 * apply (II.2) starts "non applicable" with the site's justification.
 */
public record GridLine(int position, Kind kind, String reference, Integer module, String title, String controlMethods,
                       String notApplicableWhy, Verdict verdict) {

    public enum Kind { COMMITMENT, ITEM, REQUIREMENT }
}
