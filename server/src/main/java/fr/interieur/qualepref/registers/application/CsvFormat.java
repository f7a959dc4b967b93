package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The import file of one register: its columns (named as the fields of the JSON API), those required, and how a line
 * becomes facts (or null after adding every reason it is refused).
 */
public record CsvFormat<F>(List<String> columns, Set<String> required,
                           BiFunction<CsvFile.Line, List<Rejection>, F> parser) {
}
