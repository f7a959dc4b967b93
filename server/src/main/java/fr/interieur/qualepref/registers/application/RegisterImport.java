package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The checks every register import makes, whatever the register: each line read into facts (or refused with its
 * reasons), references unique in the file and new to the register. The caller stores the accepted facts only when
 * nothing was rejected (all or nothing).
 */
final class RegisterImport {

    private RegisterImport() {
    }

    /** The outcome of the checks: data lines read, accepted facts, every rejection in line order. */
    record Checked<F>(int lines, List<F> accepted, List<Rejection> rejected) {
    }

    /**
     * @param parse     a line → its facts, or null after adding its rejections
     * @param reference the reference of accepted facts
     * @param existing  which of these references the register already holds
     */
    static <F> Checked<F> check(Reader csv, List<String> columns, Set<String> required,
                                BiFunction<CsvFile.Line, List<Rejection>, F> parse, Function<F, String> reference,
                                Function<Collection<String>, Set<String>> existing) {
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        List<F> accepted = new ArrayList<>();
        List<Long> acceptedLines = new ArrayList<>();
        int[] lines = {0};
        rejections.addAll(CsvFile.read(csv, columns, required, line -> {
            lines[0]++;
            F f = parse.apply(line, rejections);
            if (f == null) {
                return;
            }
            Long first = firstLineOf.putIfAbsent(reference.apply(f).strip(), line.number());
            if (first != null) {
                rejections.add(new Rejection(line.number(), "reference", "repeats the reference of line " + first));
                return;
            }
            accepted.add(f);
            acceptedLines.add(line.number());
        }));
        Set<String> known = firstLineOf.isEmpty() ? Set.of() : existing.apply(firstLineOf.keySet());
        for (int i = accepted.size() - 1; i >= 0; i--) {
            if (known.contains(reference.apply(accepted.get(i)).strip())) {
                rejections.add(new Rejection(acceptedLines.get(i), "reference", "is already in the register"));
                accepted.remove(i);
            }
        }
        rejections.sort(Comparator.comparingLong(Rejection::line));
        return new Checked<>(lines[0], accepted, List.copyOf(rejections));
    }
}
