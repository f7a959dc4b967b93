package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceRegister;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The correspondence register of the request's site (3, 17, 18, 36, 51), listed by receipt day. */
@ApplicationScoped
@Transactional
@SiteScoped
public class CorrespondenceService extends RegisterKeeper<CorrespondenceEntry, CorrespondenceFacts, LocalDate> {

    @Inject
    CorrespondenceRegister register;

    @Override
    protected RegisterEntries<CorrespondenceEntry, LocalDate> entries() {
        return register;
    }

    @Override
    protected CorrespondenceEntry newEntry(CorrespondenceFacts facts, String by, OffsetDateTime at) {
        return new CorrespondenceEntry(facts, by, at);
    }

    @Override
    protected CsvFormat<CorrespondenceFacts> csv() {
        return CorrespondenceCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "CorrespondenceEntry";
    }

    @Override
    protected String noun() {
        return "request";
    }

    @Override
    protected Optional<Register> measured() {
        return Optional.of(Register.CORRESPONDENCE);
    }

    @Override
    protected LocalDate datedBy(CorrespondenceFacts facts) {
        return facts.receivedOn();
    }
}
