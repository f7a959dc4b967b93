package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import java.time.LocalDate;

/**
 * A request of the correspondence register as the client sends it; the register's rules are checked by
 * {@link CorrespondenceFacts#problems()} (400 with one error per field). {@code version}, on a correction, is the
 * version the client read.
 */
public class CorrespondenceRequest {

    public String reference;
    public CorrespondenceChannel channel;
    public CorrespondenceKind kind;
    public LocalDate receivedOn;
    public LocalDate missingRequestedOn;
    public LocalDate missingReceivedOn;
    public LocalDate acknowledgedOn;
    public LocalDate redirectedOn;
    public String redirectedTo;
    public LocalDate holdingReplyOn;
    public LocalDate repliedOn;
    public CorrespondenceChannel replyChannel;
    public Integer announcedDelayDays;
    public Integer version;

    CorrespondenceFacts facts() {
        return new CorrespondenceFacts(reference, channel, kind, receivedOn, missingRequestedOn, missingReceivedOn,
                acknowledgedOn, redirectedOn, redirectedTo, holdingReplyOn, repliedOn, replyChannel,
                announcedDelayDays);
    }
}
