package fr.interieur.qualepref.audits.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the grid of an audit from the site's modules and its référentiel version: for each module the site takes,
 * in module order, each commitment followed by its items; then the organisational requirements of chapters IV and V
 * (they apply to every engaged site). Control methods are the référentiel's "méthode de contrôle et éléments de
 * preuve" column. Commitments excluded by a sous-préfecture (II.2) and their items are "non applicable" with the
 * justification the site recorded.
 */
public final class AuditGrid {

    /** A commitment of the référentiel as the grid needs it. */
    public record CommitmentSource(int number, int module, String title, List<Item> items,
                                   List<String> controlMethods) {
    }

    public record Item(String number, String text) {
    }

    public record RequirementSource(String code, String title, List<String> controlMethods) {
    }

    private AuditGrid() {
    }

    /**
     * @param exclusions commitment number → the site's justification (sous-préfectures only)
     */
    public static List<GridLine> generate(Set<Integer> modules, List<CommitmentSource> commitments,
                                          List<RequirementSource> requirements, Map<Integer, String> exclusions) {
        List<GridLine> lines = new ArrayList<>();
        List<CommitmentSource> applicable = commitments.stream().filter(c -> modules.contains(c.module()))
                .sorted(Comparator.comparingInt(CommitmentSource::module).thenComparingInt(CommitmentSource::number))
                .toList();
        for (CommitmentSource c : applicable) {
            String why = exclusions.get(c.number());
            Verdict start = why == null ? Verdict.NON_EVALUE : Verdict.NON_APPLICABLE;
            lines.add(new GridLine(lines.size() + 1, GridLine.Kind.COMMITMENT, String.valueOf(c.number()), c.module(),
                    c.title(), String.join("\n", c.controlMethods()), why, start));
            for (Item item : c.items()) {
                lines.add(new GridLine(lines.size() + 1, GridLine.Kind.ITEM, item.number(), c.module(), item.text(),
                        "", why, start));
            }
        }
        for (RequirementSource r : requirements) {
            lines.add(new GridLine(lines.size() + 1, GridLine.Kind.REQUIREMENT, r.code(), null, r.title(),
                    String.join("\n", r.controlMethods()), null, Verdict.NON_EVALUE));
        }
        return lines;
    }
}
