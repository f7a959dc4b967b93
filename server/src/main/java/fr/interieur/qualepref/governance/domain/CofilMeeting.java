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

/** A meeting of the COFIL (IV.1 "examen des comptes rendus du COFIL"): date, agenda, minutes (a document). */
@Entity
@Table(name = "cofil_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CofilMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String agenda;
    @Column(name = "minutes_document_id")
    private Long minutesDocumentId;

    protected CofilMeeting() {
    }

    public CofilMeeting(LocalDate heldOn, String agenda, Long minutesDocumentId) {
        this.heldOn = heldOn;
        this.agenda = agenda;
        this.minutesDocumentId = minutesDocumentId;
    }

    public Long id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String agenda() {
        return agenda;
    }

    public Long minutesDocumentId() {
        return minutesDocumentId;
    }

    @Override
    public String toString() {
        return heldOn + " " + agenda + " minutes " + minutesDocumentId;
    }
}
