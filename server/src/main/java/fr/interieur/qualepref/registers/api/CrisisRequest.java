package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.CrisisFacts;
import java.time.OffsetDateTime;

/** A crisis timeline as the client sends it: moments with their offset; {@code version} on a correction. */
public class CrisisRequest {

    public String reference;
    public String event;
    public OffsetDateTime codActivatedAt;
    public OffsetDateTime communicationCellAt;
    public OffsetDateTime elusInformedAt;
    public OffsetDateTime firstPublicMessageAt;
    public OffsetDateTime nuActivatedAt;
    public OffsetDateTime cipActivatedAt;
    public Integer version;

    CrisisFacts facts() {
        return new CrisisFacts(reference, event, codActivatedAt, communicationCellAt, elusInformedAt,
                firstPublicMessageAt, nuActivatedAt, cipActivatedAt);
    }
}
