package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly checks of the comité des usagers (IV.5, and 3.3 / 16.2 which bring results and template letters to it),
 * each with its reason. "Le ou les comités se réunissent au moins une fois par an": every committee of the site (the
 * global one, or one per module) is checked on its own; a year's meetings are those held from 1 January to
 * 31 December. A requirement not met is "not yet due" until the year is over, "not met" after.
 */
public final class UsersCommitteeChecks {

    /** IV.5 lists "associations de consommateurs, et/ou d'usagers, ou de professionnels": one of them is enough. */
    static final Set<StakeholderCategory> ASSOCIATIONS = EnumSet.of(StakeholderCategory.CONSUMER_ASSOCIATION,
            StakeholderCategory.USER_ASSOCIATION, StakeholderCategory.PROFESSIONAL_ASSOCIATION);
    /** The other stakeholders IV.5 requires; "autres invités" are optional. */
    static final List<StakeholderCategory> REQUIRED = List.of(StakeholderCategory.LOCAL_AUTHORITY,
            StakeholderCategory.SITE, StakeholderCategory.STATE_SERVICE);

    private UsersCommitteeChecks() {
    }

    /** A committee with its members and meetings, as the checks see it. */
    public record Committee(String name, List<Membership> members, List<MeetingFacts> meetings) {
        public Committee {
            members = List.copyOf(members);
            meetings = List.copyOf(meetings);
        }

        List<MeetingFacts> heldIn(int year) {
            return meetings.stream().filter(m -> m.heldOn().getYear() == year)
                    .sorted((a, b) -> a.heldOn().compareTo(b.heldOn())).toList();
        }

        String memberName(Long id) {
            return members.stream().filter(m -> id.equals(m.memberId())).map(Membership::name).findFirst()
                    .orElse("#" + id);
        }
    }

    public static List<ReadinessCheck> evaluate(int year, LocalDate today, List<Committee> committees) {
        List<ReadinessCheck> checks = new ArrayList<>();
        if (committees.isEmpty()) {
            for (String code : List.of("USERS_COMMITTEE_EXISTS", "USERS_COMMITTEE_MET", "USERS_COMMITTEE_STAKEHOLDERS",
                    "USERS_COMMITTEE_TOPICS", "USERS_COMMITTEE_MINUTES_SENT", "USERS_COMMITTEE_MINUTES_PUBLISHED")) {
                checks.add(new ReadinessCheck(code, "IV.5", CheckStatus.NOT_MET,
                        List.of("the site has no comité des usagers")));
            }
            return checks;
        }
        checks.add(ReadinessCheck.met("USERS_COMMITTEE_EXISTS", "IV.5", committees.size() == 1
                ? "committee: " + committees.get(0).name()
                : committees.size() + " committees: " + committees.stream().map(Committee::name)
                        .collect(Collectors.joining(", "))));
        checks.add(yearly("USERS_COMMITTEE_MET", year, today, committees, c -> c.heldIn(year).isEmpty()
                ? List.of(c.name() + ": no meeting in " + year) : List.of(),
                "every committee met at least once in " + year));
        checks.add(yearly("USERS_COMMITTEE_STAKEHOLDERS", year, today, committees, c -> missingStakeholders(c, year),
                "every required stakeholder category is represented in " + year));
        checks.add(yearly("USERS_COMMITTEE_TOPICS", year, today, committees, c -> missingTopics(c, year),
                "every required topic was covered in " + year));
        checks.add(yearly("USERS_COMMITTEE_MINUTES_SENT", year, today, committees, c -> minutesNotSent(c, year),
                "the minutes of every meeting of " + year + " were sent to every participant"));
        checks.add(yearly("USERS_COMMITTEE_MINUTES_PUBLISHED", year, today, committees, c -> notPublished(c, year),
                "information on every meeting of " + year + " was published on the website"));
        return checks;
    }

    private static ReadinessCheck yearly(String code, int year, LocalDate today, List<Committee> committees,
                                         Function<Committee, List<String>> missing, String metReason) {
        List<String> reasons = committees.stream().flatMap(c -> missing.apply(c).stream()).toList();
        return ReadinessCheck.yearly(code, "IV.5", year, today, reasons, metReason);
    }

    static List<String> missingStakeholders(Committee c, int year) {
        Set<StakeholderCategory> present = c.members().stream().filter(m -> m.sitsDuring(year))
                .map(Membership::category).collect(Collectors.toCollection(() -> EnumSet.noneOf(StakeholderCategory.class)));
        List<String> reasons = new ArrayList<>();
        if (present.stream().noneMatch(ASSOCIATIONS::contains)) {
            reasons.add(c.name() + ": no consumer, user or professional association among the members in " + year);
        }
        for (StakeholderCategory required : REQUIRED) {
            if (!present.contains(required)) {
                reasons.add(c.name() + ": no " + required + " member in " + year);
            }
        }
        return reasons;
    }

    static List<String> missingTopics(Committee c, int year) {
        List<MeetingFacts> held = c.heldIn(year);
        if (held.isEmpty()) {
            return List.of(c.name() + ": no meeting in " + year + ", so no topic covered");
        }
        Set<MeetingTopic> covered = held.stream().flatMap(m -> m.topics().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MeetingTopic.class)));
        return EnumSet.allOf(MeetingTopic.class).stream().filter(t -> t.required() && !covered.contains(t))
                .map(t -> c.name() + ": topic " + t + " not covered in " + year).toList();
    }

    static List<String> minutesNotSent(Committee c, int year) {
        List<MeetingFacts> held = c.heldIn(year);
        if (held.isEmpty()) {
            return List.of(c.name() + ": no meeting in " + year + ", so no minutes");
        }
        List<String> reasons = new ArrayList<>();
        for (MeetingFacts m : held) {
            String meeting = c.name() + ", meeting of " + m.heldOn();
            if (m.minutesDocumentId() == null) {
                reasons.add(meeting + ": no minutes");
                continue;
            }
            Set<Long> notSent = new TreeSet<>(m.attendees());
            if (m.minutesSentOn() != null) {
                notSent.removeAll(m.minutesSentTo());
            }
            if (!notSent.isEmpty()) {
                reasons.add(meeting + ": minutes not sent to " + notSent.stream().map(c::memberName)
                        .collect(Collectors.joining(", ")));
            }
        }
        return reasons;
    }

    static List<String> notPublished(Committee c, int year) {
        List<MeetingFacts> held = c.heldIn(year);
        if (held.isEmpty()) {
            return List.of(c.name() + ": no meeting in " + year + ", so nothing published");
        }
        return held.stream().filter(m -> m.publishedOn() == null)
                .map(m -> c.name() + ", meeting of " + m.heldOn() + ": not published on the website").toList();
    }

    /** The memberships of a committee by member id, for {@link MeetingRecordRules}. */
    public static Map<Long, Membership> byId(List<Membership> members) {
        return members.stream().collect(Collectors.toMap(Membership::memberId, m -> m));
    }
}
