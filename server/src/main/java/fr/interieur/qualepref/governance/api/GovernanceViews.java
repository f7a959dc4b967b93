package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.application.ActionPlanService.OverdueAction;
import fr.interieur.qualepref.governance.application.ActionPlanService.PlanDetails;
import fr.interieur.qualepref.governance.application.CofilService.CofilDetails;
import fr.interieur.qualepref.governance.application.ReadinessService.Readiness;
import fr.interieur.qualepref.governance.application.TrainingService.AgentDetails;
import fr.interieur.qualepref.governance.application.UsersCommitteeService.CommitteeDetails;
import fr.interieur.qualepref.governance.domain.Agent;
import fr.interieur.qualepref.governance.domain.AgentPost;
import fr.interieur.qualepref.governance.domain.AnnualReview;
import fr.interieur.qualepref.governance.domain.CheckStatus;
import fr.interieur.qualepref.governance.domain.CofilMeeting;
import fr.interieur.qualepref.governance.domain.CommitteeMeeting;
import fr.interieur.qualepref.governance.domain.CommitteeMember;
import fr.interieur.qualepref.governance.domain.PlanAction;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Obligation;
import fr.interieur.qualepref.governance.domain.TrainingRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** JSON shapes of the governance routes; field names are part of the API contract. */
public final class GovernanceViews {

    private GovernanceViews() {
    }

    static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    public record ActionView(long id, long plan, String title, String owner, LocalDate dueOn, String status,
                             Long evidenceDocumentId, String evidenceNote, LocalDate completedOn) {
        static ActionView of(PlanAction a) {
            return new ActionView(a.id(), a.planId(), a.title(), a.owner(), a.dueOn(), a.status().name(),
                    a.evidenceDocumentId(), a.evidenceNote(), a.completedOn());
        }
    }

    public record PlanView(long id, String title, String source, String sourceReference, String createdBy,
                           OffsetDateTime createdAt, List<ActionView> actions) {
        static PlanView of(PlanDetails d) {
            var p = d.plan();
            return new PlanView(p.id(), p.title(), p.source().name(), p.sourceReference(), p.createdBy(),
                    p.createdAt(), d.actions().stream().map(ActionView::of).toList());
        }
    }

    public record OverdueView(long plan, String planTitle, String source, ActionView action) {
        static OverdueView of(OverdueAction o) {
            return new OverdueView(o.plan().id(), o.plan().title(), o.plan().source().name(),
                    ActionView.of(o.action()));
        }
    }

    public record MemberView(long id, String name, String category, String organisation, LocalDate memberFrom,
                             LocalDate memberUntil) {
        static MemberView of(CommitteeMember m) {
            return new MemberView(m.id(), m.name(), m.category().name(), m.organisation(), m.memberFrom(),
                    m.memberUntil());
        }
    }

    public record MeetingView(long id, LocalDate heldOn, List<Long> attendees, List<String> topics,
                              String decisions, Long minutesDocumentId, LocalDate minutesSentOn,
                              List<Long> minutesSentTo, LocalDate publishedOn, String publishedAt) {
        static MeetingView of(CommitteeMeeting m) {
            return new MeetingView(m.id(), m.heldOn(), m.attendees().stream().sorted().toList(), names(m.topics()),
                    m.decisions(), m.minutesDocumentId(), m.minutesSentOn(),
                    m.minutesSentTo().stream().sorted().toList(), m.publishedOn(), m.publishedAt());
        }
    }

    public record CommitteeView(long id, String name, Integer module, List<MemberView> members,
                                List<MeetingView> meetings) {
        static CommitteeView of(CommitteeDetails d) {
            return new CommitteeView(d.committee().id(), d.committee().name(), d.committee().moduleNumber(),
                    d.members().stream().map(MemberView::of).toList(),
                    d.meetings().stream().map(MeetingView::of).toList());
        }
    }

    public record CofilMeetingView(long id, LocalDate heldOn, String agenda, Long minutesDocumentId) {
        static CofilMeetingView of(CofilMeeting m) {
            return new CofilMeetingView(m.id(), m.heldOn(), m.agenda(), m.minutesDocumentId());
        }
    }

    public record CofilView(String installedBy, LocalDate installedOn, String composition,
                            Long compositionDocumentId, String qualityManager, Long qualityManagerMissionDocumentId,
                            Long organisationChartDocumentId, Long functionDescriptionsDocumentId,
                            List<CofilMeetingView> meetings) {
        static CofilView of(CofilDetails d) {
            var c = d.cofil();
            return new CofilView(c.installedBy().name(), c.installedOn(), c.composition(), c.compositionDocumentId(),
                    c.qualityManager(), c.qualityManagerMissionDocumentId(), c.organisationChartDocumentId(),
                    c.functionDescriptionsDocumentId(), d.meetings().stream().map(CofilMeetingView::of).toList());
        }
    }

    public record ReviewView(long id, LocalDate heldOn, List<String> attendance, String attendees,
                             List<String> inputs, Long minutesDocumentId, LocalDate staffInformedOn,
                             LocalDate technicalCommitteeOn) {
        static ReviewView of(AnnualReview r) {
            return new ReviewView(r.id(), r.heldOn(), names(r.attendance()), r.attendees(), names(r.inputs()),
                    r.minutesDocumentId(), r.staffInformedOn(), r.technicalCommitteeOn());
        }
    }

    public record PostView(long id, String category, String commitment, LocalDate startedOn, LocalDate endedOn) {
        static PostView of(AgentPost p) {
            return new PostView(p.id(), p.category().name(), p.category().commitment(), p.startedOn(), p.endedOn());
        }
    }

    public record TrainingView(long id, String category, String kind, LocalDate completedOn, String title,
                               String evidence, Long evidenceDocumentId, String tutor) {
        static TrainingView of(TrainingRecord t) {
            return new TrainingView(t.id(), t.category().name(), t.kind().name(), t.completedOn(), t.title(),
                    t.evidence().name(), t.evidenceDocumentId(), t.tutor());
        }
    }

    public record ObligationView(String category, String rule, String reference, LocalDate deadline,
                                 LocalDate nonCompliantFrom, String description) {
        static ObligationView of(Obligation o) {
            return new ObligationView(o.category().name(), o.rule().name(), o.reference(), o.deadline(),
                    o.nonCompliantFrom(), o.describe());
        }
    }

    public record AgentView(long id, String name, String reference) {
        static AgentView of(Agent a) {
            return new AgentView(a.id(), a.name(), a.reference());
        }
    }

    /** An agent's standing: {@code nonCompliantFrom} is when they became, or will become, non-compliant. */
    public record ComplianceView(AgentView agent, boolean compliant, LocalDate nonCompliantFrom,
                                 List<ObligationView> missed, List<ObligationView> upcoming) {
        static ComplianceView of(AgentDetails d) {
            var a = d.assessment();
            return new ComplianceView(AgentView.of(d.agent()), a.compliant(), a.nonCompliantFrom(),
                    a.missed().stream().map(ObligationView::of).toList(),
                    a.upcoming().stream().map(ObligationView::of).toList());
        }
    }

    public record AgentDetailsView(long id, String name, String reference, List<PostView> posts,
                                   List<TrainingView> trainings, ComplianceView compliance) {
        static AgentDetailsView of(AgentDetails d) {
            return new AgentDetailsView(d.agent().id(), d.agent().name(), d.agent().reference(),
                    d.posts().stream().map(PostView::of).toList(),
                    d.trainings().stream().map(TrainingView::of).toList(), ComplianceView.of(d));
        }
    }

    public record CheckView(String code, String reference, String status, List<String> reasons) {
        static CheckView of(ReadinessCheck c) {
            return new CheckView(c.code(), c.reference(), c.status().name(), c.reasons());
        }
    }

    public record ReadinessView(String site, int year, LocalDate evaluatedOn, long met, long notMet, long notYetDue,
                                List<CheckView> checks) {
        static ReadinessView of(String site, Readiness r) {
            return new ReadinessView(site, r.year(), r.evaluatedOn(), count(r, CheckStatus.MET),
                    count(r, CheckStatus.NOT_MET), count(r, CheckStatus.NOT_YET_DUE),
                    r.checks().stream().map(CheckView::of).toList());
        }

        private static long count(Readiness r, CheckStatus status) {
            return r.checks().stream().filter(c -> c.status() == status).count();
        }
    }
}
