package fr.interieur.qualepref.registers.domain;

/** Why one field of a register entry is refused: the same answer for the REST API and for a CSV import. */
public record FieldProblem(String field, String reason) {
}
