package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.AdministrativeFile;
import fr.interieur.qualepref.registers.domain.AdministrativeFileFacts;
import fr.interieur.qualepref.registers.domain.AdministrativeFileRegister;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The polices administratives files of the request's site (38, 39, 52), listed by receipt day. */
@ApplicationScoped
@Transactional
@SiteScoped
public class AdministrativeFileService extends RegisterKeeper<AdministrativeFile, AdministrativeFileFacts, LocalDate> {

    @Inject
    AdministrativeFileRegister register;

    @Override
    protected RegisterEntries<AdministrativeFile, LocalDate> entries() {
        return register;
    }

    @Override
    protected AdministrativeFile newEntry(AdministrativeFileFacts facts, String by, OffsetDateTime at) {
        return new AdministrativeFile(facts, by, at);
    }

    @Override
    protected CsvFormat<AdministrativeFileFacts> csv() {
        return AdministrativeFileCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "AdministrativeFile";
    }

    @Override
    protected String noun() {
        return "file";
    }

    @Override
    protected Optional<Register> measured() {
        return Optional.of(Register.ADMINISTRATIVE_FILES);
    }

    @Override
    protected LocalDate datedBy(AdministrativeFileFacts facts) {
        return facts.receivedOn();
    }
}
