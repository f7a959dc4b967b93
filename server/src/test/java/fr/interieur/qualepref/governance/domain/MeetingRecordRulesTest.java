package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a meeting record of the comité des usagers may say (IV.5); every broken rule reported at once. */
class MeetingRecordRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Map<Long, Membership> MEMBERS = Map.of(
            1L, new Membership(1L, "UFC", StakeholderCategory.CONSUMER_ASSOCIATION, LocalDate.of(2025, 1, 1), null),
            2L, new Membership(2L, "Mairie", StakeholderCategory.LOCAL_AUTHORITY, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31)));

    static List<String> rules(LocalDate held, Set<Long> attendees, Long minutes, LocalDate sentOn, Set<Long> sentTo,
                              LocalDate publishedOn, String publishedAt) {
        RuleViolation v = catchThrowableOfType(() -> MeetingRecordRules.check(held, attendees, MEMBERS, minutes,
                sentOn, sentTo, publishedOn, publishedAt, TODAY), RuleViolation.class);
        return v == null ? List.of() : v.broken().stream().map(RuleViolation.Broken::rule).toList();
    }

    @Test
    void acceptsACompleteRecord() {
        assertThatCode(() -> MeetingRecordRules.check(LocalDate.of(2025, 12, 31), Set.of(1L, 2L), MEMBERS, 5L,
                TODAY, Set.of(1L, 2L), TODAY, "https://www.example.gouv.fr", TODAY)).doesNotThrowAnyException();
    }

    @Test
    void refusesAMeetingInTheFuture() {
        assertThat(rules(TODAY.plusDays(1), Set.of(1L), 5L, null, Set.of(), null, null))
                .containsExactly("MEETING_IN_FUTURE");
        assertThat(rules(TODAY, Set.of(1L), 5L, null, Set.of(), null, null)).as("today is fine").isEmpty();
    }

    @Test
    void refusesAnAttendeeWhoIsNotAMemberOnTheDay() {
        assertThat(rules(LocalDate.of(2025, 6, 1), Set.of(1L, 99L), null, null, Set.of(), null, null))
                .containsExactly("ATTENDEE_NOT_MEMBER");
        assertThat(rules(LocalDate.of(2026, 1, 1), Set.of(2L), null, null, Set.of(), null, null))
                .as("the seat ended on 31 December").containsExactly("ATTENDEE_NOT_MEMBER");
        assertThat(rules(LocalDate.of(2024, 12, 31), Set.of(1L), null, null, Set.of(), null, null))
                .as("the seat starts on 1 January").containsExactly("ATTENDEE_NOT_MEMBER");
    }

    @Test
    void minutesAreSentToMembersAfterTheMeetingAndNotInTheFuture() {
        LocalDate held = LocalDate.of(2026, 1, 10);
        assertThat(rules(held, Set.of(1L), 5L, held.minusDays(1), Set.of(1L), null, null))
                .containsExactly("MINUTES_SENT_BEFORE_MEETING");
        assertThat(rules(held, Set.of(1L), 5L, TODAY.plusDays(1), Set.of(1L), null, null))
                .containsExactly("MINUTES_SENT_IN_FUTURE");
        assertThat(rules(held, Set.of(1L), 5L, held, Set.of(1L, 42L), null, null))
                .containsExactly("RECIPIENT_NOT_MEMBER");
        assertThat(rules(held, Set.of(1L), null, held, Set.of(1L), null, null))
                .containsExactly("MINUTES_DIFFUSION_INCOMPLETE");
        assertThat(rules(held, Set.of(1L), 5L, held, Set.of(), null, null))
                .containsExactly("MINUTES_DIFFUSION_INCOMPLETE");
    }

    @Test
    void aPublicationIsDatedAfterTheMeetingAndSaysWhere() {
        LocalDate held = LocalDate.of(2026, 1, 10);
        assertThat(rules(held, Set.of(1L), 5L, null, Set.of(), held.minusDays(1), "site"))
                .containsExactly("PUBLICATION_BEFORE_MEETING");
        assertThat(rules(held, Set.of(1L), 5L, null, Set.of(), TODAY.plusDays(1), "site"))
                .containsExactly("PUBLICATION_IN_FUTURE");
        assertThat(rules(held, Set.of(1L), 5L, null, Set.of(), held, " ")).containsExactly("PUBLICATION_PLACE");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(rules(TODAY.plusDays(3), Set.of(77L), null, TODAY.plusDays(4), Set.of(78L), TODAY.plusDays(4),
                null)).containsExactlyInAnyOrder("MEETING_IN_FUTURE", "ATTENDEE_NOT_MEMBER", "RECIPIENT_NOT_MEMBER",
                "MINUTES_DIFFUSION_INCOMPLETE", "MINUTES_SENT_IN_FUTURE", "PUBLICATION_IN_FUTURE", "PUBLICATION_PLACE");
    }
}
