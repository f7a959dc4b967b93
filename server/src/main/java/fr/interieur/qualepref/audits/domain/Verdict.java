package fr.interieur.qualepref.audits.domain;

/**
 * The verdict on one line of the grid, in the vocabulary of French quality auditors. A line starts "non évalué"; an
 * audit closes only when no line is left so.
 */
public enum Verdict {
    NON_EVALUE("non évalué"),
    CONFORME("conforme"),
    POINT_FORT("point fort"),
    PISTE_DE_PROGRES("piste de progrès"),
    POINT_SENSIBLE("point sensible"),
    NON_CONFORMITE_MINEURE("non-conformité mineure"),
    NON_CONFORMITE_MAJEURE("non-conformité majeure"),
    NON_APPLICABLE("non applicable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean assessed() {
        return this != NON_EVALUE;
    }

    /** A finding that calls for corrective action (V.2: "les écarts relevés font l'objet d'un plan d'action"). */
    public boolean requiresAction() {
        return this == POINT_SENSIBLE || this == NON_CONFORMITE_MINEURE || this == NON_CONFORMITE_MAJEURE;
    }

    public boolean nonConformity() {
        return this == NON_CONFORMITE_MINEURE || this == NON_CONFORMITE_MAJEURE;
    }

    /** Accepts the constant name or the French label, in any case, with or without accents and hyphens. */
    public static Verdict parse(String text) {
        String wanted = fold(text);
        for (Verdict v : values()) {
            if (fold(v.name()).equals(wanted) || fold(v.label).equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + text + "'; one of conforme, point fort, "
                + "piste de progrès, point sensible, non-conformité mineure, non-conformité majeure, non applicable, "
                + "non évalué");
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.strip().toLowerCase(java.util.Locale.ROOT),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[\\s_-]+", " ");
    }
}
