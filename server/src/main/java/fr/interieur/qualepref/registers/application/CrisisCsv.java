package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.CrisisFacts;
import java.util.List;
import java.util.Set;

/** One line of a crisis timeline import file → the facts of one event, or its rejections. */
public final class CrisisCsv {

    public static final List<String> COLUMNS = List.of("reference", "event", "codActivatedAt",
            "communicationCellAt", "elusInformedAt", "firstPublicMessageAt", "nuActivatedAt", "cipActivatedAt");
    public static final Set<String> REQUIRED = Set.of("reference", "event", "codActivatedAt");
    public static final CsvFormat<CrisisFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED, CrisisCsv::facts);

    private CrisisCsv() {
    }

    public static CrisisFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        CrisisFacts f = new CrisisFacts(v.text("reference"), v.text("event"), v.dateTime("codActivatedAt"),
                v.dateTime("communicationCellAt"), v.dateTime("elusInformedAt"), v.dateTime("firstPublicMessageAt"),
                v.dateTime("nuActivatedAt"), v.dateTime("cipActivatedAt"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
