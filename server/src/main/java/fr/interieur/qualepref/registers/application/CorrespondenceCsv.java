package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import java.util.List;
import java.util.Set;

/** One line of a correspondence import file → the facts of one request, or the reasons it is refused. */
public final class CorrespondenceCsv {

    /** The columns, named as the fields of the JSON API. */
    public static final List<String> COLUMNS = List.of("reference", "channel", "kind", "receivedOn",
            "missingRequestedOn", "missingReceivedOn", "acknowledgedOn", "redirectedOn", "redirectedTo",
            "holdingReplyOn", "repliedOn", "replyChannel", "announcedDelayDays");
    public static final Set<String> REQUIRED = Set.of("reference", "channel", "kind", "receivedOn");
    public static final CsvFormat<CorrespondenceFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED,
            CorrespondenceCsv::facts);

    private CorrespondenceCsv() {
    }

    /** The facts of {@code line}, or null after adding to {@code rejections} every reason it is refused. */
    public static CorrespondenceFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        CorrespondenceFacts f = new CorrespondenceFacts(v.text("reference"),
                v.enumValue("channel", CorrespondenceChannel.class), v.enumValue("kind", CorrespondenceKind.class),
                v.date("receivedOn"), v.date("missingRequestedOn"), v.date("missingReceivedOn"),
                v.date("acknowledgedOn"), v.date("redirectedOn"), v.text("redirectedTo"), v.date("holdingReplyOn"),
                v.date("repliedOn"), v.enumValue("replyChannel", CorrespondenceChannel.class),
                v.integer("announcedDelayDays"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
