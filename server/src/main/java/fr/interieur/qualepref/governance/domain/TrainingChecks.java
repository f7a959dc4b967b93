package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * IV.3 for the readiness of a site: every agent with a training duty is in compliance (see {@link TrainingCompliance})
 * on the day checked — the last day of the year, or today for the current year. In the current year, duties that
 * fall due before 31 December are reported as "not yet due".
 */
public final class TrainingChecks {

    private TrainingChecks() {
    }

    /** An agent's name with their posts and trainings. */
    public record AgentRecord(String name, List<TrainingCompliance.Post> posts,
                              List<TrainingCompliance.Training> trainings) {
    }

    public static ReadinessCheck evaluate(int year, LocalDate today, List<AgentRecord> agents) {
        if (year > today.getYear()) {
            return new ReadinessCheck("TRAINING_COMPLIANCE", "IV.3", CheckStatus.NOT_YET_DUE,
                    List.of(year + " has not started"));
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate day = year < today.getYear() ? yearEnd : today;
        List<String> missed = new ArrayList<>();
        List<String> coming = new ArrayList<>();
        int withDuties = 0;
        for (AgentRecord agent : agents) {
            TrainingCompliance.Assessment a = TrainingCompliance.assess(agent.posts(), agent.trainings(), day);
            if (a.nonCompliantFrom() == null) {
                continue;
            }
            withDuties++;
            a.missed().forEach(o -> missed.add(agent.name() + ": " + o.describe() + ", non-compliant since "
                    + o.nonCompliantFrom()));
            a.upcoming().stream().filter(o -> day.equals(today) && !o.deadline().isAfter(yearEnd))
                    .forEach(o -> coming.add(agent.name() + ": " + o.describe()));
        }
        if (!missed.isEmpty()) {
            return new ReadinessCheck("TRAINING_COMPLIANCE", "IV.3", CheckStatus.NOT_MET, missed);
        }
        if (!coming.isEmpty()) {
            return new ReadinessCheck("TRAINING_COMPLIANCE", "IV.3", CheckStatus.NOT_YET_DUE, coming);
        }
        if (withDuties == 0) {
            return new ReadinessCheck("TRAINING_COMPLIANCE", "IV.3", CheckStatus.NOT_MET,
                    List.of("no agent with a training duty is recorded"));
        }
        return ReadinessCheck.met("TRAINING_COMPLIANCE", "IV.3",
                withDuties + " agent(s) with training duties, all in compliance on " + day);
    }
}
