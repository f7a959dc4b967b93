package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.AdministrativeFileFacts;
import fr.interieur.qualepref.registers.domain.FileChannel;
import java.util.List;
import java.util.Set;

/** One line of a polices administratives import file → the facts of one file, or its rejections. */
public final class AdministrativeFileCsv {

    public static final List<String> COLUMNS = List.of("reference", "procedure", "channel", "receivedOn",
            "incomplete", "contactedOn", "announcedDelayDays", "decidedOn");
    public static final Set<String> REQUIRED = Set.of("reference", "procedure", "channel", "receivedOn",
            "incomplete");
    public static final CsvFormat<AdministrativeFileFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED,
            AdministrativeFileCsv::facts);

    private AdministrativeFileCsv() {
    }

    public static AdministrativeFileFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        AdministrativeFileFacts f = new AdministrativeFileFacts(v.text("reference"), v.text("procedure"),
                v.enumValue("channel", FileChannel.class), v.date("receivedOn"), v.bool("incomplete"),
                v.date("contactedOn"), v.integer("announcedDelayDays"), v.date("decidedOn"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
