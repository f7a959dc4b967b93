package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.AppointmentFacts;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import java.time.LocalDate;

/** An entry of the appointments register as the client sends it; {@code version} on a correction. */
public class AppointmentRequest {

    public String reference;
    public AppointmentRequester requester;
    public LocalDate requestedOn;
    public LocalDate proposedOn;
    public LocalDate appointmentOn;
    public LocalDate unavailableFrom;
    public LocalDate unavailableUntil;
    public String receivedPerson;
    public String receivedBy;
    public Integer version;

    AppointmentFacts facts() {
        return new AppointmentFacts(reference, requester, requestedOn, proposedOn, appointmentOn, unavailableFrom,
                unavailableUntil, receivedPerson, receivedBy);
    }
}
