package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.CommitteeMeeting;
import fr.interieur.qualepref.governance.domain.CommitteeMember;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.governance.domain.MeetingRecordRules;
import fr.interieur.qualepref.governance.domain.Membership;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.StakeholderCategory;
import fr.interieur.qualepref.governance.domain.UsersCommittee;
import fr.interieur.qualepref.governance.domain.UsersCommitteeChecks;
import fr.interieur.qualepref.governance.domain.UsersCommitteeRepository;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The comité des usagers (IV.5): committees, their members, their meetings, and the yearly checks. */
@ApplicationScoped
@Transactional
@SiteScoped
public class UsersCommitteeService {

    @Inject
    UsersCommitteeRepository committees;

    @Inject
    EvidenceDocuments documents;

    @Inject
    GovernanceAudit audit;

    @Inject
    Today today;

    /** A committee with its members and meetings. */
    public record CommitteeDetails(UsersCommittee committee, List<CommitteeMember> members,
                                   List<CommitteeMeeting> meetings) {
    }

    public List<CommitteeDetails> list() {
        audit.read("UsersCommittee");
        return committees.committees().stream().map(this::details).toList();
    }

    public CommitteeDetails details(long committeeId) {
        audit.read("UsersCommittee");
        return details(committee(committeeId));
    }

    /** A global committee (no module) or the committee of one of the site's modules; one of each per site. */
    public CommitteeDetails create(Site site, String name, Integer module) {
        if (module != null && !site.modules().contains(module)) {
            throw RuleViolation.of("COMMITTEE_MODULE_NOT_TAKEN", "IV.5",
                    "le site n'a pas retenu le module " + module, "the site does not take module " + module);
        }
        if (committees.forModule(module).isPresent()) {
            throw new Conflict(module == null ? "The site already has a global comité des usagers."
                    : "The site already has a comité des usagers for module " + module + ".");
        }
        UsersCommittee committee = new UsersCommittee(name, module);
        committees.store(committee);
        audit.changed("UsersCommittee", committee.id(), "CREATE", null, committee);
        return details(committee);
    }

    public CommitteeMember addMember(long committeeId, String name, StakeholderCategory category,
                                     String organisation, LocalDate from, LocalDate until) {
        committee(committeeId);
        period(from, until);
        CommitteeMember member = new CommitteeMember(committeeId, name, category, organisation, from, until);
        committees.store(member);
        audit.changed("CommitteeMember", member.id(), "CREATE", null, member);
        return member;
    }

    public CommitteeMember updateMember(long committeeId, long memberId, String name, StakeholderCategory category,
                                        String organisation, LocalDate from, LocalDate until) {
        committee(committeeId);
        period(from, until);
        CommitteeMember member = committees.member(committeeId, memberId).orElseThrow(() -> new NotFound(
                "No member " + memberId + " in comité des usagers " + committeeId + "."));
        String before = member.toString();
        member.update(name, category, organisation, from, until);
        committees.store(member);
        audit.changed("CommitteeMember", member.id(), "UPDATE", before, member);
        return member;
    }

    public CommitteeMeeting recordMeeting(long committeeId, MeetingCommand c) {
        committee(committeeId);
        CommitteeMeeting meeting = new CommitteeMeeting(committeeId);
        apply(meeting, c);
        committees.store(meeting);
        audit.changed("CommitteeMeeting", meeting.id(), "CREATE", null, meeting);
        return meeting;
    }

    public CommitteeMeeting updateMeeting(long committeeId, long meetingId, MeetingCommand c) {
        committee(committeeId);
        CommitteeMeeting meeting = committees.meeting(committeeId, meetingId).orElseThrow(() -> new NotFound(
                "No meeting " + meetingId + " of comité des usagers " + committeeId + "."));
        String before = meeting.toString();
        apply(meeting, c);
        committees.store(meeting);
        audit.changed("CommitteeMeeting", meeting.id(), "UPDATE", before, meeting);
        return meeting;
    }

    public List<ReadinessCheck> checks(int year) {
        audit.read("UsersCommittee");
        return UsersCommitteeChecks.evaluate(year, today.date(), committeesForChecks());
    }

    /** The site's committees as the checks see them (also used by the readiness). */
    public List<UsersCommitteeChecks.Committee> committeesForChecks() {
        return forChecks(committees);
    }

    /** The committees of the site bound to the transaction, as the checks see them (also the national report's). */
    static List<UsersCommitteeChecks.Committee> forChecks(UsersCommitteeRepository committees) {
        return committees.committees().stream().map(c -> new UsersCommitteeChecks.Committee(c.toString(),
                committees.members(c.id()).stream().map(CommitteeMember::membership).toList(),
                committees.meetings(c.id()).stream().map(CommitteeMeeting::facts).toList())).toList();
    }

    private void apply(CommitteeMeeting meeting, MeetingCommand c) {
        List<Membership> members = committees.members(meeting.committeeId()).stream()
                .map(CommitteeMember::membership).toList();
        MeetingRecordRules.check(c.heldOn(), c.attendees(), UsersCommitteeChecks.byId(members),
                c.minutesDocumentId(), c.minutesSentOn(), c.minutesSentTo(), c.publishedOn(), c.publishedAt(),
                today.date());
        if (c.minutesDocumentId() != null) {
            documents.requireExists(c.minutesDocumentId());
        }
        meeting.record(c.heldOn(), c.attendees(), c.topics(), c.decisions(), c.minutesDocumentId(),
                c.minutesSentOn(), c.minutesSentTo(), c.publishedOn(), c.publishedAt());
    }

    private static void period(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.of("MEMBERSHIP_PERIOD", "IV.5", "la fin du mandat précède son début",
                    "the membership ends before it starts");
        }
    }

    private CommitteeDetails details(UsersCommittee c) {
        return new CommitteeDetails(c, committees.members(c.id()), committees.meetings(c.id()));
    }

    private UsersCommittee committee(long id) {
        return committees.committee(id).orElseThrow(() -> new NotFound("No comité des usagers " + id
                + " in this site."));
    }
}
