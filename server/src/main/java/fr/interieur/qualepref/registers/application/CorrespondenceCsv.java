package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One line of a correspondence import file → the facts of one request, or the reasons it is refused. */
public final class CorrespondenceCsv {

    /** The columns, named as the fields of the JSON API. */
    public static final List<String> COLUMNS = List.of("reference", "channel", "kind", "receivedOn",
            "missingRequestedOn", "missingReceivedOn", "acknowledgedOn", "redirectedOn", "redirectedTo",
            "holdingReplyOn", "repliedOn", "replyChannel", "announcedDelayDays");
    public static final Set<String> REQUIRED = Set.of("reference", "channel", "kind", "receivedOn");

    private final CsvFile.Line line;
    private final List<Rejection> rejections;

    private CorrespondenceCsv(CsvFile.Line line, List<Rejection> rejections) {
        this.line = line;
        this.rejections = rejections;
    }

    /** The facts of {@code line}, or null after adding to {@code rejections} every reason it is refused. */
    public static CorrespondenceFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        return new CorrespondenceCsv(line, rejections).read();
    }

    private CorrespondenceFacts read() {
        int before = rejections.size();
        CorrespondenceFacts f = new CorrespondenceFacts(line.get("reference"),
                enumValue("channel", CorrespondenceChannel.class), enumValue("kind", CorrespondenceKind.class),
                date("receivedOn"), date("missingRequestedOn"), date("missingReceivedOn"), date("acknowledgedOn"),
                date("redirectedOn"), line.get("redirectedTo"), date("holdingReplyOn"), date("repliedOn"),
                enumValue("replyChannel", CorrespondenceChannel.class), integer("announcedDelayDays"));
        if (rejections.size() > before) {
            return null;
        }
        for (FieldProblem p : f.problems()) {
            rejections.add(new Rejection(line.number(), p.field(), p.reason()));
        }
        return rejections.size() > before ? null : f;
    }

    private LocalDate date(String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private Integer integer(String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{1,4}")) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not a whole number"));
            return null;
        }
        return Integer.valueOf(v);
    }

    private <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
