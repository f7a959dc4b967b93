package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.UpdateFacts;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
import java.time.LocalDate;

/** A change of the website or voice server as the client sends it; {@code version} on a correction. */
public class UpdateRequest {

    public String reference;
    public UpdateMedium medium;
    public String subject;
    public LocalDate requestedOn;
    public LocalDate onlineOn;
    public Integer version;

    UpdateFacts facts() {
        return new UpdateFacts(reference, medium, subject, requestedOn, onlineOn);
    }
}
