package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.UpdateEntry;
import fr.interieur.qualepref.registers.domain.UpdateFacts;
import fr.interieur.qualepref.registers.domain.UpdateRegister;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The website and voice-server update register of the request's site (1.2, 8, 11, 51.2). */
@ApplicationScoped
@Transactional
@SiteScoped
public class UpdateService extends RegisterKeeper<UpdateEntry, UpdateFacts, LocalDate> {

    @Inject
    UpdateRegister register;

    @Override
    protected RegisterEntries<UpdateEntry, LocalDate> entries() {
        return register;
    }

    @Override
    protected UpdateEntry newEntry(UpdateFacts facts, String by, OffsetDateTime at) {
        return new UpdateEntry(facts, by, at);
    }

    @Override
    protected CsvFormat<UpdateFacts> csv() {
        return UpdateCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "UpdateEntry";
    }

    @Override
    protected String noun() {
        return "change";
    }

    @Override
    protected Optional<Register> measured() {
        return Optional.of(Register.UPDATES);
    }

    @Override
    protected LocalDate datedBy(UpdateFacts facts) {
        return facts.requestedOn();
    }
}
