package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.ImportedValue;
import fr.interieur.qualepref.registers.domain.ImportedValueFacts;
import fr.interieur.qualepref.registers.domain.ImportedValueRegister;
import fr.interieur.qualepref.registers.domain.ExternalIndicators;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The values imported from other systems for the request's site, listed by period start; only indicators the
 * référentiel defines as fed from outside (ExternalIndicators) take one.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class ImportedValueService extends RegisterKeeper<ImportedValue, ImportedValueFacts, LocalDate> {

    @Inject
    ImportedValueRegister register;

    @Inject
    ReferentialIndicators indicators;

    @Override
    protected List<FieldProblem> check(ImportedValueFacts facts) {
        return indicators.refuseUnless(facts.indicator(), ExternalIndicators::imported,
                "an indicator whose value comes from another system");
    }

    @Override
    protected RegisterEntries<ImportedValue, LocalDate> entries() {
        return register;
    }

    @Override
    protected ImportedValue newEntry(ImportedValueFacts facts, String by, OffsetDateTime at) {
        return new ImportedValue(facts, by, at);
    }

    @Override
    protected CsvFormat<ImportedValueFacts> csv() {
        return ImportedValueCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "ImportedValue";
    }

    @Override
    protected String noun() {
        return "value";
    }
}
