package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The training duties of one agent, on a given day (IV.3, 4.1, 4.2, 50.2):
 * <ul>
 * <li>initial training within 12 months of taking a post ("la formation est un préalable important à toute prise de
 * poste"; 45 and 4.1 check attestations "dans le délai de 12 mois"): the last day is the start date plus 12 months;</li>
 * <li>continuing training at least every four years (4.2, IV.3 "fixée à 4 ans maximum"), counted per duty category
 * from the last training of that category;</li>
 * <li>for the CIP, a yearly consolidation training (50.2 "complétée par une formation de consolidation annuelle"),
 * counted from the last CIP training.</li>
 * </ul>
 * A new post always leaves 12 months: a deadline is never earlier than the start date plus 12 months, even for an
 * agent trained long ago in the same category. Dates follow {@link LocalDate#plusMonths} / {@link LocalDate#plusYears}:
 * a post taken on 29 February 2024 must be trained by 28 February 2025; 31 January by 31 January. The deadline day
 * itself is in time; the agent is non-compliant from the day after.
 */
public final class TrainingCompliance {

    private TrainingCompliance() {
    }

    /** A post with its category and period (end included; none = current). */
    public record Post(DutyCategory category, LocalDate startedOn, LocalDate endedOn) {
        boolean heldOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    public record Training(DutyCategory category, TrainingKind kind, LocalDate completedOn) {
    }

    /**
     * One training duty: the rule, its référentiel reference, the category, and the last day to meet it.
     */
    public record Obligation(DutyCategory category, TrainingKind rule, String reference, LocalDate deadline) {
        /** The first day the agent is out of compliance if the duty is not met. */
        public LocalDate nonCompliantFrom() {
            return deadline.plusDays(1);
        }

        public String describe() {
            return switch (rule) {
                case INITIAL -> "initial " + category + " training due by " + deadline + " (" + reference + ")";
                case CONTINUING -> "continuing " + category + " training due by " + deadline + " (" + reference + ")";
                case CIP_REFRESHER -> "yearly CIP refresher due by " + deadline + " (" + reference + ")";
            };
        }
    }

    /**
     * The agent's standing on a day.
     *
     * @param compliant        no duty's deadline has passed on that day
     * @param nonCompliantFrom the day the agent became (or will become, if nothing is done) non-compliant; null when
     *                         the agent holds no post with a training duty
     * @param missed           the duties whose deadline has passed, earliest first
     * @param upcoming         the duties still in time, earliest first
     */
    public record Assessment(boolean compliant, LocalDate nonCompliantFrom, List<Obligation> missed,
                             List<Obligation> upcoming) {
    }

    public static Assessment assess(List<Post> posts, List<Training> trainings, LocalDate on) {
        List<Obligation> duties = new ArrayList<>();
        for (DutyCategory category : DutyCategory.values()) {
            Optional<Post> post = posts.stream().filter(p -> p.category() == category && p.heldOn(on))
                    .max(Comparator.comparing(Post::startedOn));
            if (post.isEmpty()) {
                continue;
            }
            LocalDate grace = post.get().startedOn().plusMonths(12);
            Optional<LocalDate> last = lastTraining(trainings, category, on);
            if (last.isEmpty() || last.get().plusYears(4).isBefore(grace)) {
                // never trained in this category, or so long ago that the new post's 12 months come later
                duties.add(new Obligation(category, TrainingKind.INITIAL, "IV.3", grace));
            } else {
                duties.add(new Obligation(category, TrainingKind.CONTINUING, "4.2", last.get().plusYears(4)));
            }
            if (category == DutyCategory.CIP && last.isPresent()) {
                LocalDate refresher = last.get().plusYears(1);
                duties.add(new Obligation(category, TrainingKind.CIP_REFRESHER, "50.2",
                        refresher.isBefore(grace) ? grace : refresher));
            }
        }
        duties.sort(Comparator.comparing(Obligation::deadline).thenComparing(Obligation::category));
        List<Obligation> missed = duties.stream().filter(d -> d.deadline().isBefore(on)).toList();
        List<Obligation> upcoming = duties.stream().filter(d -> !d.deadline().isBefore(on)).toList();
        LocalDate from = duties.isEmpty() ? null : duties.get(0).nonCompliantFrom();
        return new Assessment(missed.isEmpty(), from, missed, upcoming);
    }

    private static Optional<LocalDate> lastTraining(List<Training> trainings, DutyCategory category, LocalDate on) {
        return trainings.stream().filter(t -> t.category() == category && !t.completedOn().isAfter(on))
                .map(Training::completedOn).max(Comparator.naturalOrder());
    }
}
