package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.AppointmentEntry;
import fr.interieur.qualepref.registers.domain.AppointmentFacts;
import fr.interieur.qualepref.registers.domain.AppointmentRegister;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The appointment register of the request's site (37, 40), listed by request day. */
@ApplicationScoped
@Transactional
@SiteScoped
public class AppointmentService extends RegisterKeeper<AppointmentEntry, AppointmentFacts, LocalDate> {

    @Inject
    AppointmentRegister register;

    @Override
    protected RegisterEntries<AppointmentEntry, LocalDate> entries() {
        return register;
    }

    @Override
    protected AppointmentEntry newEntry(AppointmentFacts facts, String by, OffsetDateTime at) {
        return new AppointmentEntry(facts, by, at);
    }

    @Override
    protected CsvFormat<AppointmentFacts> csv() {
        return AppointmentCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "AppointmentEntry";
    }

    @Override
    protected String noun() {
        return "appointment request";
    }

    @Override
    protected Optional<Register> measured() {
        return Optional.of(Register.APPOINTMENTS);
    }

    @Override
    protected LocalDate datedBy(AppointmentFacts facts) {
        return facts.requestedOn();
    }
}
