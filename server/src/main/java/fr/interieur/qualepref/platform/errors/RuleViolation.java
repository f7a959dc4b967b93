package fr.interieur.qualepref.platform.errors;

import java.util.List;

/**
 * A request refused by a rule of the référentiel or of the platform (HTTP 422): each broken rule is named, with its
 * reference in the référentiel and a sentence in French and in English. Nothing was changed.
 */
public class RuleViolation extends RuntimeException {

    private final List<Broken> broken;

    public RuleViolation(List<Broken> broken) {
        super(broken.isEmpty() ? "refused" : broken.get(0).english());
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one rule");
        }
        this.broken = List.copyOf(broken);
    }

    public static RuleViolation of(String rule, String reference, String french, String english) {
        return new RuleViolation(List.of(new Broken(rule, reference, french, english)));
    }

    public List<Broken> broken() {
        return broken;
    }

    /** One broken rule. */
    public record Broken(String rule, String reference, String french, String english) {
    }
}
