package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import java.time.LocalDate;

/**
 * One action of an action plan: an owner, a due date, a status, and the evidence of its completion. An action is
 * closed on its evidence only (V.1 "un suivi qui permet de s'assurer de l'efficacité des actions décidées"; 22.2,
 * 32.2, 54.4), and a closed action stays closed.
 */
@Entity
@Table(name = "plan_action")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private String title;
    private String owner;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "evidence_document_id")
    private Long evidenceDocumentId;
    @Column(name = "evidence_note")
    private String evidenceNote;
    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected PlanAction() {
    }

    public PlanAction(long planId, String title, String owner, LocalDate dueOn) {
        this.planId = planId;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
    }

    /** Changes what an open action is, who owns it, when it is due, and whether work on it has started. */
    public void revise(String title, String owner, LocalDate dueOn, ActionStatus status) {
        if (this.status == ActionStatus.DONE) {
            throw RuleViolation.of("ACTION_CLOSED", "V.1", "une action close ne se modifie plus",
                    "a closed action can no longer be changed");
        }
        if (status == ActionStatus.DONE) {
            throw RuleViolation.of("CLOSE_WITH_EVIDENCE", "V.1",
                    "une action se clôt par sa preuve de réalisation (route de clôture)",
                    "an action is closed with its completion evidence (closure route)");
        }
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = status;
    }

    /** Closes the action on its evidence (a document of the documentary system), on the day it was completed. */
    public void close(Long evidenceDocumentId, String note, LocalDate completedOn, LocalDate today) {
        if (status == ActionStatus.DONE) {
            throw RuleViolation.of("ACTION_CLOSED", "V.1", "l'action est déjà close", "the action is already closed");
        }
        if (evidenceDocumentId == null) {
            throw RuleViolation.of("CLOSE_WITH_EVIDENCE", "V.1",
                    "une action ne se clôt qu'avec sa preuve de réalisation",
                    "an action is closed only with its completion evidence");
        }
        if (completedOn.isAfter(today)) {
            throw RuleViolation.of("COMPLETED_IN_FUTURE", "V.1", "une action ne peut être réalisée à une date future",
                    "an action cannot be completed on a future date");
        }
        this.evidenceDocumentId = evidenceDocumentId;
        this.evidenceNote = note;
        this.completedOn = completedOn;
        this.status = ActionStatus.DONE;
    }

    /**
     * Overdue on {@code day}: its due date has passed (due that very day is not overdue) and it was not completed by
     * then (an action completed later was overdue on that day).
     */
    public boolean overdueOn(LocalDate day) {
        return dueOn.isBefore(day) && (completedOn == null || completedOn.isAfter(day));
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public Long evidenceDocumentId() {
        return evidenceDocumentId;
    }

    public String evidenceNote() {
        return evidenceNote;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    @Override
    public String toString() {
        return title + " / " + owner + " / due " + dueOn + " / " + status
                + (evidenceDocumentId == null ? "" : " / evidence " + evidenceDocumentId);
    }
}
