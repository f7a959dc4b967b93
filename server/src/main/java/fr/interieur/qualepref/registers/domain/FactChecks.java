package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.List;

/** The field checks the registers share, each adding the same problem wherever it is made. */
final class FactChecks {

    private final List<FieldProblem> problems;

    FactChecks(List<FieldProblem> problems) {
        this.problems = problems;
    }

    void text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }

    /** A day of the calendar's range (2018–2100). */
    void day(String field, LocalDate value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (value.isBefore(CorrespondenceFacts.FIRST_DAY) || value.isAfter(CorrespondenceFacts.LAST_DAY)) {
            problems.add(new FieldProblem(field, "must fall within 2018–2100"));
        }
    }

    /** {@code value}, when both are given, is not before {@code earlier} (named {@code earlierField}). */
    void notBefore(String field, LocalDate value, String earlierField, LocalDate earlier) {
        if (value != null && earlier != null && value.isBefore(earlier)) {
            problems.add(new FieldProblem(field, "is before " + earlierField));
        }
    }

    void add(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }
}
