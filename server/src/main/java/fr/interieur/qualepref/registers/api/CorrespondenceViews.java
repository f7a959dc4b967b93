package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes of the correspondence register. */
public final class CorrespondenceViews {

    private CorrespondenceViews() {
    }

    /** One entry; {@code clockStart} is the day its delay runs from (receipt, or the missing pieces' arrival). */
    public record EntryView(long id, int version, String reference, CorrespondenceChannel channel,
                            CorrespondenceKind kind, LocalDate receivedOn, LocalDate missingRequestedOn,
                            LocalDate missingReceivedOn, LocalDate acknowledgedOn, LocalDate redirectedOn,
                            String redirectedTo, LocalDate holdingReplyOn, LocalDate repliedOn,
                            CorrespondenceChannel replyChannel, Integer announcedDelayDays, LocalDate clockStart,
                            String recordedBy, OffsetDateTime updatedAt) {
        static EntryView of(CorrespondenceEntry e) {
            CorrespondenceFacts f = e.facts();
            return new EntryView(e.id(), e.rowVersion(), f.reference(), f.channel(), f.kind(), f.receivedOn(),
                    f.missingRequestedOn(), f.missingReceivedOn(), f.acknowledgedOn(), f.redirectedOn(),
                    f.redirectedTo(), f.holdingReplyOn(), f.repliedOn(), f.replyChannel(), f.announcedDelayDays(),
                    f.clockStart(), e.recordedBy(), e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<EntryView> entries) {
    }
}
