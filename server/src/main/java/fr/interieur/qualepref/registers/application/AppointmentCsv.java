package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.AppointmentFacts;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import java.util.List;
import java.util.Set;

/** One line of an appointment import file → the facts of one request, or its rejections. */
public final class AppointmentCsv {

    public static final List<String> COLUMNS = List.of("reference", "requester", "requestedOn", "proposedOn",
            "appointmentOn", "unavailableFrom", "unavailableUntil", "receivedPerson", "receivedBy");
    public static final Set<String> REQUIRED = Set.of("reference", "requester", "requestedOn");
    public static final CsvFormat<AppointmentFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED,
            AppointmentCsv::facts);

    private AppointmentCsv() {
    }

    public static AppointmentFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        AppointmentFacts f = new AppointmentFacts(v.text("reference"),
                v.enumValue("requester", AppointmentRequester.class), v.date("requestedOn"), v.date("proposedOn"),
                v.date("appointmentOn"), v.date("unavailableFrom"), v.date("unavailableUntil"),
                v.text("receivedPerson"), v.text("receivedBy"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
