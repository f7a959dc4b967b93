package fr.interieur.qualepref.registers.domain;

import java.util.List;

/** What every register entry's facts have: the site's own reference of the entry, and the register's refusals. */
public interface RegisterFacts {

    /** The site's own reference (unique in the site's register). */
    String reference();

    /** Every field the register refuses, empty when the facts may be stored. */
    List<FieldProblem> problems();
}
