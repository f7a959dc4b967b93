package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.UpdateFacts;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
import java.util.List;
import java.util.Set;

/** One line of a website / voice-server update import file → the facts of one change, or its rejections. */
public final class UpdateCsv {

    public static final List<String> COLUMNS = List.of("reference", "medium", "subject", "requestedOn", "onlineOn");
    public static final Set<String> REQUIRED = Set.of("reference", "medium", "subject", "requestedOn");
    public static final CsvFormat<UpdateFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED, UpdateCsv::facts);

    private UpdateCsv() {
    }

    public static UpdateFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        UpdateFacts f = new UpdateFacts(v.text("reference"), v.enumValue("medium", UpdateMedium.class),
                v.text("subject"), v.date("requestedOn"), v.date("onlineOn"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
