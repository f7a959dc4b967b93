package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Typed values of one import line; each value that cannot be read adds a rejection naming its column. */
final class CsvValues {

    private final CsvFile.Line line;
    private final List<Rejection> rejections;
    private final int before;

    CsvValues(CsvFile.Line line, List<Rejection> rejections) {
        this.line = line;
        this.rejections = rejections;
        this.before = rejections.size();
    }

    /** Whether every value read so far was readable. */
    boolean readable() {
        return rejections.size() == before;
    }

    /** Adds the register's refusals of the facts; true when there are none. */
    boolean accept(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            rejections.add(new Rejection(line.number(), p.field(), p.reason()));
        }
        return problems.isEmpty();
    }

    String text(String column) {
        return line.get(column);
    }

    LocalDate date(String column) {
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

    /** A moment with its offset, ISO 8601 ("2021-03-13T10:00:00+04:00"): a crisis time without a zone is ambiguous. */
    OffsetDateTime dateTime(String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not a date and time with its offset "
                    + "(YYYY-MM-DDThh:mm:ss+hh:mm)"));
            return null;
        }
    }

    Integer integer(String column) {
        return integer(column, 4);
    }

    Integer integer(String column, int digits) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{1," + digits + "}")) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not a whole number"));
            return null;
        }
        return Integer.valueOf(v);
    }

    /** true / false (also oui / non, as a French spreadsheet writes them). */
    Boolean bool(String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "oui":
                return Boolean.TRUE;
            case "false":
            case "non":
                return Boolean.FALSE;
            default:
                rejections.add(new Rejection(line.number(), column, "'" + v + "' is not true or false"));
                return null;
        }
    }

    /** A decimal number with a point or a comma ("0.93", "12,5"). */
    BigDecimal decimal(String column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        if (!v.strip().matches("-?[0-9]{1,10}([.,][0-9]{1,4})?")) {
            rejections.add(new Rejection(line.number(), column, "'" + v + "' is not a number (at most 10 digits, "
                    + "4 decimals)"));
            return null;
        }
        return new BigDecimal(v.strip().replace(',', '.'));
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
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
