package fr.interieur.qualepref.governance.domain;

import static fr.interieur.qualepref.governance.domain.MeetingTopic.COMPLAINTS_AND_ACTION_PLANS;
import static fr.interieur.qualepref.governance.domain.MeetingTopic.QUALITY_RESULTS;
import static fr.interieur.qualepref.governance.domain.MeetingTopic.SERVICE_IMPROVEMENTS;
import static fr.interieur.qualepref.governance.domain.MeetingTopic.USER_SUGGESTIONS;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.CONSUMER_ASSOCIATION;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.INVITED;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.LOCAL_AUTHORITY;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.PROFESSIONAL_ASSOCIATION;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.SITE;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.STATE_SERVICE;
import static fr.interieur.qualepref.governance.domain.StakeholderCategory.USER_ASSOCIATION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.governance.domain.UsersCommitteeChecks.Committee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IV.5, year by year: each check met, and missed for each of its reasons, across year boundaries. */
class UsersCommitteeChecksTest {

    static final LocalDate AFTER_2025 = LocalDate.of(2026, 2, 1);
    static final LocalDate DURING_2025 = LocalDate.of(2025, 11, 30);
    static final Set<MeetingTopic> REQUIRED_TOPICS = Set.of(QUALITY_RESULTS, COMPLAINTS_AND_ACTION_PLANS,
            USER_SUGGESTIONS);

    static Membership member(long id, StakeholderCategory category) {
        return new Membership(id, "m" + id, category, LocalDate.of(2024, 1, 1), null);
    }

    static List<Membership> fullMembership() {
        return List.of(member(1, CONSUMER_ASSOCIATION), member(2, LOCAL_AUTHORITY), member(3, SITE),
                member(4, STATE_SERVICE));
    }

    static MeetingFacts meeting(String day, Set<MeetingTopic> topics) {
        LocalDate held = LocalDate.parse(day);
        return new MeetingFacts(1L, held, Set.of(1L, 2L, 3L), topics, 9L, held.plusDays(5), Set.of(1L, 2L, 3L),
                held.plusDays(6));
    }

    static Map<String, ReadinessCheck> checks(LocalDate today, Committee... committees) {
        return UsersCommitteeChecks.evaluate(2025, today, List.of(committees)).stream()
                .collect(Collectors.toMap(ReadinessCheck::code, c -> c));
    }

    static Committee complete() {
        return new Committee("Comité global", fullMembership(), List.of(meeting("2025-06-12", REQUIRED_TOPICS)));
    }

    @Test
    void aCompleteYearMeetsEveryCheck() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, complete());
        assertThat(checks).hasSize(6);
        assertThat(checks.values()).allSatisfy(c -> {
            assertThat(c.status()).as(c.toString()).isEqualTo(CheckStatus.MET);
            assertThat(c.reference()).isEqualTo("IV.5");
            assertThat(c.reasons()).isNotEmpty();
        });
    }

    @Test
    void noCommitteeMissesEverything() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025);
        assertThat(checks.values()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(c.reasons()).containsExactly("the site has no comité des usagers");
        });
    }

    @Test
    void aMeetingOnTheThirtyFirstOfDecemberCountsForItsYearAndNotTheNext() {
        Committee c = new Committee("C", fullMembership(), List.of(meeting("2025-12-31", REQUIRED_TOPICS)));
        assertThat(checks(AFTER_2025, c).get("USERS_COMMITTEE_MET").status()).isEqualTo(CheckStatus.MET);
        ReadinessCheck next = UsersCommitteeChecks.evaluate(2026, LocalDate.of(2027, 1, 1), List.of(c)).stream()
                .filter(k -> k.code().equals("USERS_COMMITTEE_MET")).findFirst().orElseThrow();
        assertThat(next.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(next.reasons()).containsExactly("C: no meeting in 2026");
    }

    @Test
    void aMeetingOnTheFirstOfJanuaryCountsForTheNewYearOnly() {
        Committee c = new Committee("C", fullMembership(), List.of(meeting("2026-01-01", REQUIRED_TOPICS)));
        ReadinessCheck met = checks(AFTER_2025, c).get("USERS_COMMITTEE_MET");
        assertThat(met.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(met.reasons()).containsExactly("C: no meeting in 2025");
    }

    @Test
    void aMissingMeetingIsNotYetDueUntilTheYearIsOver() {
        Committee c = new Committee("C", fullMembership(), List.of());
        assertThat(checks(DURING_2025, c).get("USERS_COMMITTEE_MET").status()).isEqualTo(CheckStatus.NOT_YET_DUE);
        assertThat(checks(LocalDate.of(2025, 12, 31), c).get("USERS_COMMITTEE_MET").status())
                .as("31 December is still in time").isEqualTo(CheckStatus.NOT_YET_DUE);
        assertThat(checks(LocalDate.of(2026, 1, 1), c).get("USERS_COMMITTEE_MET").status())
                .isEqualTo(CheckStatus.NOT_MET);
    }

    @Test
    void everyCommitteeMustMeetWhenThereIsOnePerModule() {
        Committee module1 = new Committee("Module 1", fullMembership(), List.of(meeting("2025-03-01",
                REQUIRED_TOPICS)));
        Committee module4 = new Committee("Module 4", fullMembership(), List.of());
        ReadinessCheck met = checks(AFTER_2025, module1, module4).get("USERS_COMMITTEE_MET");
        assertThat(met.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(met.reasons()).containsExactly("Module 4: no meeting in 2025");
    }

    @ParameterizedTest
    @EnumSource(value = StakeholderCategory.class, names = {"LOCAL_AUTHORITY", "SITE", "STATE_SERVICE"})
    void eachRequiredStakeholderMustSit(StakeholderCategory missing) {
        List<Membership> members = new ArrayList<>(fullMembership());
        members.removeIf(m -> m.category() == missing);
        ReadinessCheck c = checks(AFTER_2025, new Committee("C", members, List.of(meeting("2025-05-05",
                REQUIRED_TOPICS)))).get("USERS_COMMITTEE_STAKEHOLDERS");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("C: no " + missing + " member in 2025");
    }

    @ParameterizedTest
    @EnumSource(value = StakeholderCategory.class, names = {"CONSUMER_ASSOCIATION", "USER_ASSOCIATION",
        "PROFESSIONAL_ASSOCIATION"})
    void anyOneKindOfAssociationIsEnough(StakeholderCategory association) {
        List<Membership> members = List.of(member(1, association), member(2, LOCAL_AUTHORITY), member(3, SITE),
                member(4, STATE_SERVICE));
        assertThat(checks(AFTER_2025, new Committee("C", members, List.of())).get("USERS_COMMITTEE_STAKEHOLDERS")
                .status()).isEqualTo(CheckStatus.MET);
    }

    @Test
    void withoutAnyAssociationTheCompositionFails() {
        List<Membership> members = List.of(member(1, INVITED), member(2, LOCAL_AUTHORITY), member(3, SITE),
                member(4, STATE_SERVICE));
        ReadinessCheck c = checks(AFTER_2025, new Committee("C", members, List.of()))
                .get("USERS_COMMITTEE_STAKEHOLDERS");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).singleElement().asString().contains("no consumer, user or professional association");
    }

    @Test
    void aMemberCountsForTheYearsTheirSeatCovers() {
        List<Membership> members = new ArrayList<>(fullMembership());
        members.set(1, new Membership(2L, "Maire", LOCAL_AUTHORITY, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31)));
        assertThat(checks(AFTER_2025, new Committee("C", members, List.of())).get("USERS_COMMITTEE_STAKEHOLDERS")
                .status()).as("left on 31 December 2024").isEqualTo(CheckStatus.NOT_MET);
        members.set(1, new Membership(2L, "Maire", LOCAL_AUTHORITY, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 1, 1)));
        assertThat(checks(AFTER_2025, new Committee("C", members, List.of())).get("USERS_COMMITTEE_STAKEHOLDERS")
                .status()).as("sat on 1 January 2025").isEqualTo(CheckStatus.MET);
        members.set(1, new Membership(2L, "Maire", LOCAL_AUTHORITY, LocalDate.of(2026, 1, 1), null));
        assertThat(checks(AFTER_2025, new Committee("C", members, List.of())).get("USERS_COMMITTEE_STAKEHOLDERS")
                .status()).as("joined in 2026").isEqualTo(CheckStatus.NOT_MET);
    }

    @ParameterizedTest
    @EnumSource(value = MeetingTopic.class, names = {"QUALITY_RESULTS", "COMPLAINTS_AND_ACTION_PLANS",
        "USER_SUGGESTIONS"})
    void eachRequiredTopicMustBeCovered(MeetingTopic missing) {
        Set<MeetingTopic> topics = new java.util.HashSet<>(REQUIRED_TOPICS);
        topics.remove(missing);
        topics.add(SERVICE_IMPROVEMENTS);
        ReadinessCheck c = checks(AFTER_2025, new Committee("C", fullMembership(),
                List.of(meeting("2025-05-05", topics)))).get("USERS_COMMITTEE_TOPICS");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("C: topic " + missing + " not covered in 2025");
    }

    @Test
    void topicsMayBeSpreadOverTheYearsMeetingsButNotOverTwoYears() {
        Committee spread = new Committee("C", fullMembership(), List.of(
                meeting("2025-02-01", Set.of(QUALITY_RESULTS)),
                meeting("2025-10-01", Set.of(COMPLAINTS_AND_ACTION_PLANS, USER_SUGGESTIONS))));
        assertThat(checks(AFTER_2025, spread).get("USERS_COMMITTEE_TOPICS").status()).isEqualTo(CheckStatus.MET);
        Committee overTwoYears = new Committee("C", fullMembership(), List.of(
                meeting("2024-12-31", Set.of(QUALITY_RESULTS)),
                meeting("2025-01-01", Set.of(COMPLAINTS_AND_ACTION_PLANS, USER_SUGGESTIONS))));
        ReadinessCheck c = checks(AFTER_2025, overTwoYears).get("USERS_COMMITTEE_TOPICS");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("C: topic QUALITY_RESULTS not covered in 2025");
    }

    @Test
    void minutesMustExist() {
        LocalDate held = LocalDate.of(2025, 4, 4);
        MeetingFacts noMinutes = new MeetingFacts(1L, held, Set.of(1L), REQUIRED_TOPICS, null, null, Set.of(),
                held);
        ReadinessCheck c = checks(AFTER_2025, new Committee("C", fullMembership(), List.of(noMinutes)))
                .get("USERS_COMMITTEE_MINUTES_SENT");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("C, meeting of 2025-04-04: no minutes");
    }

    @Test
    void minutesMustReachEveryParticipant() {
        LocalDate held = LocalDate.of(2025, 4, 4);
        MeetingFacts partly = new MeetingFacts(1L, held, Set.of(1L, 2L, 3L), REQUIRED_TOPICS, 9L,
                held.plusDays(1), Set.of(1L, 3L), held);
        ReadinessCheck c = checks(AFTER_2025, new Committee("C", fullMembership(), List.of(partly)))
                .get("USERS_COMMITTEE_MINUTES_SENT");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("C, meeting of 2025-04-04: minutes not sent to m2");
    }

    @Test
    void minutesNeverSentReachNobody() {
        LocalDate held = LocalDate.of(2025, 4, 4);
        MeetingFacts unsent = new MeetingFacts(1L, held, Set.of(1L, 2L), REQUIRED_TOPICS, 9L, null, Set.of(),
                held);
        assertThat(checks(AFTER_2025, new Committee("C", fullMembership(), List.of(unsent)))
                .get("USERS_COMMITTEE_MINUTES_SENT").reasons())
                .containsExactly("C, meeting of 2025-04-04: minutes not sent to m1, m2");
    }

    @Test
    void minutesSentInJanuaryStillCountForTheDecemberMeeting() {
        LocalDate held = LocalDate.of(2025, 12, 18);
        MeetingFacts m = new MeetingFacts(1L, held, Set.of(1L, 2L), REQUIRED_TOPICS, 9L, LocalDate.of(2026, 1, 6),
                Set.of(1L, 2L, 4L), LocalDate.of(2026, 1, 7));
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, new Committee("C", fullMembership(), List.of(m)));
        assertThat(checks.get("USERS_COMMITTEE_MINUTES_SENT").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.get("USERS_COMMITTEE_MINUTES_PUBLISHED").status()).isEqualTo(CheckStatus.MET);
    }

    @Test
    void everyMeetingMustBePublished() {
        LocalDate held = LocalDate.of(2025, 9, 9);
        MeetingFacts unpublished = new MeetingFacts(2L, held, Set.of(1L), REQUIRED_TOPICS, 9L, held, Set.of(1L),
                null);
        Committee c = new Committee("C", fullMembership(), List.of(meeting("2025-03-03", REQUIRED_TOPICS),
                unpublished));
        ReadinessCheck published = checks(AFTER_2025, c).get("USERS_COMMITTEE_MINUTES_PUBLISHED");
        assertThat(published.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(published.reasons()).containsExactly("C, meeting of 2025-09-09: not published on the website");
        assertThat(checks(DURING_2025, c).get("USERS_COMMITTEE_MINUTES_PUBLISHED").status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
    }

    @Test
    void withoutAMeetingThereIsNothingToSendOrPublish() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, new Committee("C", fullMembership(), List.of()));
        assertThat(checks.get("USERS_COMMITTEE_TOPICS").reasons())
                .containsExactly("C: no meeting in 2025, so no topic covered");
        assertThat(checks.get("USERS_COMMITTEE_MINUTES_SENT").reasons())
                .containsExactly("C: no meeting in 2025, so no minutes");
        assertThat(checks.get("USERS_COMMITTEE_MINUTES_PUBLISHED").reasons())
                .containsExactly("C: no meeting in 2025, so nothing published");
    }
}
