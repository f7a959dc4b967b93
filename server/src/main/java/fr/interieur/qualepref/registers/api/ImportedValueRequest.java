package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.ImportedValueFacts;
import fr.interieur.qualepref.registers.domain.ValuePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry of the imported-values register as the client sends it; {@code version} on a correction. */
public class ImportedValueRequest {

    public String indicator;
    public ValuePeriod period;
    public LocalDate periodStart;
    public BigDecimal value;
    public String source;
    public Integer version;

    ImportedValueFacts facts() {
        return new ImportedValueFacts(indicator, period, periodStart, value, source);
    }
}
