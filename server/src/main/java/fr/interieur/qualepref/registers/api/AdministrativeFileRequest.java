package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.AdministrativeFileFacts;
import fr.interieur.qualepref.registers.domain.FileChannel;
import java.time.LocalDate;

/** An entry of the administrative-files register as the client sends it; {@code version} on a correction. */
public class AdministrativeFileRequest {

    public String reference;
    public String procedure;
    public FileChannel channel;
    public LocalDate receivedOn;
    public Boolean incomplete;
    public LocalDate contactedOn;
    public Integer announcedDelayDays;
    public LocalDate decidedOn;
    public Integer version;

    AdministrativeFileFacts facts() {
        return new AdministrativeFileFacts(reference, procedure, channel, receivedOn, incomplete, contactedOn,
                announcedDelayDays, decidedOn);
    }
}
