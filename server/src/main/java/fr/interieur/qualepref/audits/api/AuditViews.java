package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditorAccessWindow;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelStatus;
import fr.interieur.qualepref.audits.domain.PreparatoryAuditRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the audit routes answer; the field names are the API contract (docs/api.md, "Audits"). */
public final class AuditViews {

    private AuditViews() {
    }

    public record AuditView(long id, String site, String siteName, String region, String type, String status,
                            LocalDate date, String auditor, OffsetDateTime auditorAccessFrom,
                            OffsetDateTime auditorAccessUntil, LocalDate preparatoryFrom, LocalDate preparatoryUntil,
                            String referentialVersion, Long basedOn, LocalDate reportOn, OffsetDateTime closedAt,
                            String cancelledReason, String createdBy, OffsetDateTime createdAt) {

        static AuditView of(Audit a) {
            AuditorAccessWindow.Window w = a.auditorGrantId() == null ? null
                    : AuditorAccessWindow.of(a.scheduledOn(), a.reportOn());
            PreparatoryAuditRule.DateRange window = a.type().external()
                    ? PreparatoryAuditRule.window(a.scheduledOn()) : null;
            return new AuditView(a.id(), a.site().code(), a.site().name(), a.site().region(), a.type().slug(),
                    a.status().name(), a.scheduledOn(), a.auditorLogin(), w == null ? null : w.from(),
                    w == null ? null : w.until(), window == null ? null : window.first(),
                    window == null ? null : window.last(), a.referentialVersion().code(), a.basedOnAuditId(),
                    a.reportOn(), a.closedAt(), a.cancelledReason(), a.createdBy(), a.createdAt());
        }
    }

    public record GridLineView(long id, int position, String kind, String reference, Integer module, String title,
                               String controlMethods, String notApplicableWhy, String verdict, String verdictLabel,
                               String comment, String assessedBy, OffsetDateTime assessedAt, List<Long> evidence,
                               Long actionPlan, Long action) {

        static GridLineView of(AuditLine l, List<Long> evidence) {
            return new GridLineView(l.id(), l.position(), l.kind().name(), l.reference(), l.moduleNumber(), l.title(),
                    l.controlMethods(), l.notApplicableWhy(), l.verdict().name(), l.verdict().label(), l.comment(),
                    l.assessedBy(), l.assessedAt(), evidence == null ? List.of() : List.copyOf(evidence),
                    l.actionPlanId(), l.actionId());
        }
    }

    public record GridView(AuditView audit, int lines, int assessed, List<GridLineView> grid) {
    }

    public record DecisionView(long id, String site, long audit, String decision, LocalDate decidedOn,
                               LocalDate validFrom, LocalDate validUntil, String note, String decidedBy,
                               OffsetDateTime decidedAt) {

        static DecisionView of(LabelDecision d, String site) {
            return new DecisionView(d.id(), site, d.auditId(), d.decision().name(), d.decidedOn(), d.validFrom(),
                    d.validUntil(), d.note(), d.decidedBy(), d.decidedAt());
        }
    }

    public record LabelView(String site, String state, String reason, LocalDate validFrom, LocalDate validUntil,
                            LocalDate followUpDue, boolean followUpScheduled, LocalDate nextExternalAudit,
                            List<String> warnings, List<DecisionView> decisions) {

        static LabelView of(String site, LabelStatus s, List<DecisionView> decisions) {
            return new LabelView(site, s.state(), s.reason(), s.validFrom(), s.validUntil(), s.followUpDue(),
                    s.followUpScheduled(), s.nextExternal(), s.warnings(), decisions);
        }
    }
}
