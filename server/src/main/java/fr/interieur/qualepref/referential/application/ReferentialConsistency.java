package fr.interieur.qualepref.referential.application;

import fr.interieur.qualepref.referential.application.ReferentialDocument.CommitmentEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.GlossaryEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ItemEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ModuleEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.RequirementEntry;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import java.util.HashSet;
import java.util.Set;

/**
 * The cross-references of a référentiel file that its syntax cannot express: unique numbers, items inside their
 * commitment, indicators pointing at an existing commitment, deadlines where the kind needs one. The first problem
 * found is reported with its line.
 */
public final class ReferentialConsistency {

    private ReferentialConsistency() {
    }

    public static void check(ReferentialDocument doc) {
        String file = doc.file();
        if (!doc.version().matches("[A-Za-z0-9._-]{1,32}")) {
            throw new ReferentialFormatException(file, 1, "version", "'" + doc.version()
                    + "' is not a version name (letters, digits, '.', '_', '-'; at most 32)");
        }
        Set<Integer> moduleNumbers = new HashSet<>();
        int mandatory = 0;
        for (int i = 0; i < doc.modules().size(); i++) {
            ModuleEntry m = doc.modules().get(i);
            positive(file, m.line(), "modules[" + i + "].number", m.number());
            if (!moduleNumbers.add(m.number())) {
                throw new ReferentialFormatException(file, m.line(), "modules[" + i + "].number",
                        "duplicate module number " + m.number());
            }
            mandatory += m.kind() == ModuleKind.MANDATORY ? 1 : 0;
        }
        if (mandatory != 1) {
            throw new ReferentialFormatException(file, 1, "modules", "exactly one module must be MANDATORY, found "
                    + mandatory);
        }
        Set<Integer> commitmentNumbers = new HashSet<>();
        for (int i = 0; i < doc.commitments().size(); i++) {
            CommitmentEntry c = doc.commitments().get(i);
            String at = "commitments[" + i + "]";
            positive(file, c.line(), at + ".number", c.number());
            if (!commitmentNumbers.add(c.number())) {
                throw new ReferentialFormatException(file, c.line(), at + ".number",
                        "duplicate commitment number " + c.number());
            }
            if (!moduleNumbers.contains(c.module())) {
                throw new ReferentialFormatException(file, c.line(), at + ".module",
                        "commitment " + c.number() + " points at module " + c.module() + ", which does not exist");
            }
            checkItems(file, at, c);
        }
        Set<String> requirementCodes = new HashSet<>();
        for (int i = 0; i < doc.requirements().size(); i++) {
            RequirementEntry r = doc.requirements().get(i);
            if (!r.chapter().equals("IV") && !r.chapter().equals("V")) {
                throw new ReferentialFormatException(file, r.line(), "requirements[" + i + "].chapter",
                        "organisational requirements belong to chapter IV or V, not " + r.chapter());
            }
            positive(file, r.line(), "requirements[" + i + "].number", r.number());
            if (!r.code().equals(r.chapter() + "." + r.number())) {
                throw new ReferentialFormatException(file, r.line(), "requirements[" + i + "].code",
                        "code " + r.code() + " does not match chapter " + r.chapter() + " and number " + r.number());
            }
            if (!requirementCodes.add(r.code())) {
                throw new ReferentialFormatException(file, r.line(), "requirements[" + i + "].code",
                        "duplicate requirement " + r.code());
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        for (int i = 0; i < doc.indicators().size(); i++) {
            checkIndicator(file, "indicators[" + i + "]", doc.indicators().get(i), commitmentNumbers,
                    indicatorCodes);
        }
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < doc.glossary().size(); i++) {
            GlossaryEntry g = doc.glossary().get(i);
            if (!terms.add(g.term())) {
                throw new ReferentialFormatException(file, g.line(), "glossary[" + i + "].term",
                        "duplicate term " + g.term());
            }
        }
    }

    private static void positive(String file, int line, String field, int value) {
        if (value <= 0) {
            throw new ReferentialFormatException(file, line, field, "must be a positive number, not " + value);
        }
    }

    private static void checkItems(String file, String at, CommitmentEntry c) {
        Set<String> itemNumbers = new HashSet<>();
        for (int j = 0; j < c.items().size(); j++) {
            ItemEntry item = c.items().get(j);
            String field = at + ".items[" + j + "].number";
            if (!item.number().matches("[0-9]{1,4}\\.[0-9]{1,3}")) {
                throw new ReferentialFormatException(file, item.line(), field,
                        "'" + item.number() + "' is not an item number like 17.2");
            }
            if (!item.number().startsWith(c.number() + ".")) {
                throw new ReferentialFormatException(file, item.line(), field,
                        "item " + item.number() + " is outside its commitment " + c.number());
            }
            if (!itemNumbers.add(item.number())) {
                throw new ReferentialFormatException(file, item.line(), field,
                        "duplicate item " + item.number());
            }
        }
    }

    private static void checkIndicator(String file, String at, IndicatorEntry ind, Set<Integer> commitments,
                                       Set<String> codes) {
        if (!codes.add(ind.code())) {
            throw new ReferentialFormatException(file, ind.line(), at + ".code",
                    "duplicate indicator code " + ind.code());
        }
        if (!commitments.contains(ind.commitment())) {
            throw new ReferentialFormatException(file, ind.line(), at + ".commitment",
                    "indicator " + ind.code() + " points at commitment " + ind.commitment()
                            + ", which does not exist");
        }
        if (ind.kind() == IndicatorKind.RATE_WITHIN_DEADLINE && ind.deadlineUnit() == null) {
            throw new ReferentialFormatException(file, ind.line(), at + ".deadline",
                    "a RATE_WITHIN_DEADLINE indicator needs a deadline");
        }
        // A mean delay states its unit of measure only; a rate needs the deadline's value.
        if (ind.kind() == IndicatorKind.RATE_WITHIN_DEADLINE && ind.deadlineUnit() != DeadlineUnit.LOCALLY_ANNOUNCED
                && ind.deadlineValue() == null) {
            throw new ReferentialFormatException(file, ind.line(), at + ".deadline.value",
                    "a deadline in " + ind.deadlineUnit() + " needs a value");
        }
        if (ind.validFrom() != null && ind.validUntil() != null && ind.validFrom() > ind.validUntil()) {
            throw new ReferentialFormatException(file, ind.line(), at + ".validFrom",
                    "validFrom " + ind.validFrom() + " is after validUntil " + ind.validUntil());
        }
    }
}
