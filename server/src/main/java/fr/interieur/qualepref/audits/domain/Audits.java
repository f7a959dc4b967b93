package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.sites.domain.Site;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The national audit schedule and the label decisions. */
public interface Audits {

    Optional<Audit> find(long id);

    /** The site, its row locked for the transaction: one change of its schedule at a time. */
    Site lockSite(long siteId);

    List<Audit> ofSite(long siteId);

    /** Audits between two days (either may be null), all sites, by date. */
    List<Audit> between(LocalDate from, LocalDate to);

    /** The open audits (scheduled or in progress) whose auditor is {@code login}, by date. */
    List<Audit> openAssignedTo(String login);

    void store(Audit audit);

    List<LabelDecision> decisionsOf(long siteId);

    List<LabelDecision> allDecisions();

    Optional<LabelDecision> decisionOf(long auditId);

    void store(LabelDecision decision);
}
