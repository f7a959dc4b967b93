package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.CrisisTimeline;
import fr.interieur.qualepref.registers.domain.CrisisFacts;
import fr.interieur.qualepref.registers.domain.CrisisRegister;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** The crisis timelines of the request's site (module 7), listed by time 0. */
@ApplicationScoped
@Transactional
@SiteScoped
public class CrisisService extends RegisterKeeper<CrisisTimeline, CrisisFacts, OffsetDateTime> {

    @Inject
    CrisisRegister register;

    @Override
    protected RegisterEntries<CrisisTimeline, OffsetDateTime> entries() {
        return register;
    }

    @Override
    protected CrisisTimeline newEntry(CrisisFacts facts, String by, OffsetDateTime at) {
        return new CrisisTimeline(facts, by, at);
    }

    @Override
    protected CsvFormat<CrisisFacts> csv() {
        return CrisisCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "CrisisTimeline";
    }

    @Override
    protected String noun() {
        return "crisis timeline";
    }
}
