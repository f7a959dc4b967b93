package fr.interieur.qualepref.audits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.interieur.qualepref.audits.domain.InternalAuditorRule.AuditedSite;
import fr.interieur.qualepref.audits.domain.InternalAuditorRule.Membership;
import fr.interieur.qualepref.audits.domain.InternalAuditorRule.StaffGrant;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V.2: the auditor of an internal audit comes from the region's pool, trained, and independent of the site. */
class InternalAuditorRuleTest {

    static final String BZH = "Bretagne";
    static final LocalDate DAY = LocalDate.parse("2027-03-15");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // 29-BREST (id 2), a sous-préfecture under 29 (id 1); 35 (id 3) is another préfet's.
    static final AuditedSite BREST = new AuditedSite(2, "29-BREST", 1, BZH);
    static final AuditedSite FINISTERE = new AuditedSite(1, "29", 1, BZH);

    static Membership member(String region, LocalDate trained) {
        return new Membership(region, trained, null, null);
    }

    static StaffGrant staff(long site, long prefet, OffsetDateTime from, OffsetDateTime until) {
        return new StaffGrant("AGENT", site, "S" + site, prefet, from, until);
    }

    static List<String> rules(AuditedSite site, List<Membership> memberships, List<StaffGrant> staff) {
        return InternalAuditorRule.check("alice", site, DAY, memberships, staff).stream().map(Broken::rule).toList();
    }

    @Test
    void aTrainedActiveMemberOfTheRegionWithNoGrantThereIsAccepted() {
        assertThatCode(() -> InternalAuditorRule.require("alice", BREST, DAY, List.of(member(BZH, DAY.minusYears(1))),
                List.of(staff(3, 3, null, null)))).doesNotThrowAnyException();
    }

    @Test
    void aUserOutsideEveryPoolIsRefused() {
        assertThat(rules(BREST, List.of(), List.of())).containsExactly("AUDITOR_NOT_IN_REGIONAL_POOL");
    }

    @Test
    void aMemberOfAnotherRegionIsRefusedAndTheMessageNamesHisRegion() {
        List<Broken> broken = InternalAuditorRule.check("alice", BREST, DAY,
                List.of(member("Normandie", DAY.minusYears(1))), List.of());
        assertThat(broken).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("AUDITOR_NOT_IN_REGIONAL_POOL");
            assertThat(b.reference()).isEqualTo("V.2");
            assertThat(b.english()).contains("Bretagne", "pool: Normandie");
        });
    }

    @Test
    void aWithdrawnMemberIsRefusedWithTheDateAndReason() {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> InternalAuditorRule.require("alice", BREST,
                DAY, List.of(new Membership(BZH, DAY.minusYears(1), DAY.minusDays(10), "Mutation")), List.of()));
        assertThat(v.broken()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("AUDITOR_WITHDRAWN_FROM_POOL");
            assertThat(b.french()).contains(DAY.minusDays(10).toString(), "Mutation");
        });
    }

    @Test
    void aMemberWithdrawnThenAddedAgainIsAccepted() {
        assertThat(rules(BREST, List.of(new Membership(BZH, DAY.minusYears(2), DAY.minusYears(1), "Congé long"),
                member(BZH, DAY.minusMonths(1))), List.of())).isEmpty();
    }

    @Test
    void trainedOnTheAuditDayIsEnoughButTheDayAfterIsNot() {
        assertThat(rules(BREST, List.of(member(BZH, DAY)), List.of())).isEmpty();
        List<Broken> broken = InternalAuditorRule.check("alice", BREST, DAY, List.of(member(BZH, DAY.plusDays(1))),
                List.of());
        assertThat(broken).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("AUDITOR_NOT_TRAINED");
            assertThat(b.reference()).contains("IV.3");
            assertThat(b.english()).contains(DAY.plusDays(1).toString(), DAY.toString());
        });
    }

    @Test
    void staffOfTheSiteItsParentPrefectureOrASiblingSousPrefectureIsNotIndependent() {
        List<Membership> ok = List.of(member(BZH, DAY.minusYears(1)));
        assertThat(rules(BREST, ok, List.of(staff(2, 1, null, null)))).containsExactly("AUDITOR_NOT_INDEPENDENT");
        assertThat(rules(BREST, ok, List.of(staff(1, 1, null, null)))).containsExactly("AUDITOR_NOT_INDEPENDENT");
        assertThat(rules(BREST, ok, List.of(staff(4, 1, null, null)))).containsExactly("AUDITOR_NOT_INDEPENDENT");
        // and a sous-préfecture's staff for the audit of its préfecture
        assertThat(rules(FINISTERE, ok, List.of(staff(2, 1, null, null)))).containsExactly("AUDITOR_NOT_INDEPENDENT");
        assertThat(rules(BREST, ok, List.of(staff(3, 3, null, null)))).isEmpty();
    }

    @Test
    void independenceIsJudgedOnTheAuditDayInParis() {
        List<Membership> ok = List.of(member(BZH, DAY.minusYears(1)));
        OffsetDateTime midnight = DAY.atStartOfDay(PARIS).toOffsetDateTime();
        OffsetDateTime nextMidnight = DAY.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime();
        // a grant that ended at the audit day's first instant, or starts at the next day's, does not conflict
        assertThat(rules(BREST, ok, List.of(staff(2, 1, null, midnight)))).isEmpty();
        assertThat(rules(BREST, ok, List.of(staff(2, 1, nextMidnight, null)))).isEmpty();
        // one that ends a second into the day, or starts a second before its end, does
        assertThat(rules(BREST, ok, List.of(staff(2, 1, null, midnight.plusSeconds(1)))))
                .containsExactly("AUDITOR_NOT_INDEPENDENT");
        assertThat(rules(BREST, ok, List.of(staff(2, 1, nextMidnight.minusSeconds(1), null))))
                .containsExactly("AUDITOR_NOT_INDEPENDENT");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThat(rules(BREST, List.of(member(BZH, DAY.plusMonths(1))), List.of(staff(2, 1, null, null))))
                .containsExactly("AUDITOR_NOT_TRAINED", "AUDITOR_NOT_INDEPENDENT");
    }

    @Test
    void aSelfAssessmentTakesNoAuditorEveryOtherAuditDoes() {
        assertThat(InternalAuditorRule.takesAnAuditor(AuditType.SELF_ASSESSMENT)).isFalse();
        assertThat(InternalAuditorRule.takesAnAuditor(AuditType.INTERNAL)).isTrue();
        assertThat(InternalAuditorRule.takesAnAuditor(AuditType.EXTERNAL_RENEWAL)).isTrue();
    }
}
