package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.domain.FieldProblem;
import java.util.List;

/** An entry that breaks the register's rules; the REST layer answers 400 with one error per field. */
public class RefusedEntry extends RuntimeException {

    private final List<FieldProblem> problems;

    public RefusedEntry(List<FieldProblem> problems) {
        super(problems.size() + " field(s) refused");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
