package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import java.time.LocalDate;
import java.util.Set;

/**
 * A bilan annuel (V.1): when, who attended (the préfet or a representative, the directors and heads of the services
 * concerned, the quality manager), the data examined, the minutes (a document), when the staff were informed and when
 * it was presented to the comité technique. The improvement plans it decides are action plans whose source is
 * ANNUAL_REVIEW and whose source reference is this review's id.
 */
@Entity
@Table(name = "annual_review")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AnnualReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String attendance;
    private String attendees;
    private String inputs;
    @Column(name = "minutes_document_id")
    private Long minutesDocumentId;
    @Column(name = "staff_informed_on")
    private LocalDate staffInformedOn;
    @Column(name = "technical_committee_on")
    private LocalDate technicalCommitteeOn;

    protected AnnualReview() {
    }

    public AnnualReview(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public void record(LocalDate heldOn, Set<ReviewAttendee> attendance, String attendees, Set<ReviewInput> inputs,
                       Long minutesDocumentId, LocalDate staffInformedOn, LocalDate technicalCommitteeOn) {
        this.heldOn = heldOn;
        this.attendance = TextSets.ofEnums(attendance);
        this.attendees = attendees;
        this.inputs = TextSets.ofEnums(inputs);
        this.minutesDocumentId = minutesDocumentId;
        this.staffInformedOn = staffInformedOn;
        this.technicalCommitteeOn = technicalCommitteeOn;
    }

    public ReviewFacts facts() {
        return new ReviewFacts(id, heldOn, attendance(), inputs(), minutesDocumentId, staffInformedOn,
                technicalCommitteeOn);
    }

    public Long id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Set<ReviewAttendee> attendance() {
        return TextSets.enums(attendance, ReviewAttendee.class);
    }

    public String attendees() {
        return attendees;
    }

    public Set<ReviewInput> inputs() {
        return TextSets.enums(inputs, ReviewInput.class);
    }

    public Long minutesDocumentId() {
        return minutesDocumentId;
    }

    public LocalDate staffInformedOn() {
        return staffInformedOn;
    }

    public LocalDate technicalCommitteeOn() {
        return technicalCommitteeOn;
    }

    @Override
    public String toString() {
        return heldOn + " attendance " + attendance + " inputs " + inputs + " minutes " + minutesDocumentId
                + " staff " + staffInformedOn + " CT " + technicalCommitteeOn;
    }
}
