package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of chapter V on scheduling audits, checked before anything is stored: a site that is not engaged or has no
 * module cannot be audited (II.2: the label covers the modules the site took), a new audit is not in the past, and
 * every open external audit has an internal audit or self-assessment about 2 months before it
 * ({@link PreparatoryAuditRule}, V.2) — after scheduling, moving or cancelling either.
 */
public final class SchedulingRules {

    private SchedulingRules() {
    }

    /** @throws RuleViolation naming each broken rule */
    public static void checkNew(boolean engaged, int moduleCount, LocalDate today, List<PlannedAudit> existing,
                                List<PlannedAudit> added) {
        List<Broken> broken = new ArrayList<>();
        if (!engaged) {
            broken.add(new Broken("SITE_NOT_ENGAGED", "II.2", "le site n'est pas engagé dans la démarche : il ne "
                    + "peut pas être audité", "the site is not engaged in the label: it cannot be audited"));
        } else if (moduleCount == 0) {
            broken.add(new Broken("SITE_WITHOUT_MODULES", "II.2", "le site n'a retenu aucun module : il n'y a rien "
                    + "à auditer", "the site takes no module: there is nothing to audit"));
        }
        for (PlannedAudit a : added) {
            if (a.date().isBefore(today)) {
                broken.add(new Broken("AUDIT_IN_THE_PAST", "V", "la date " + a.date() + " est passée : un nouvel "
                        + "audit se planifie à partir d'aujourd'hui (" + today + ")", "the date " + a.date()
                        + " is past: a new audit is scheduled from today (" + today + ") on"));
            }
        }
        List<PlannedAudit> after = new ArrayList<>(existing);
        after.addAll(added);
        for (PlannedAudit a : added) {
            if (a.type().external()) {
                missingPreparation(a, after).ifPresent(broken::add);
            }
        }
        throwIfAny(broken);
    }

    /** Moving an audit to {@code date}: not into the past, and the V.2 rule still holds for every external audit. */
    public static void checkMove(PlannedAudit moved, LocalDate date, LocalDate today, List<PlannedAudit> existing) {
        List<Broken> broken = new ArrayList<>();
        if (!moved.status().open()) {
            broken.add(new Broken("AUDIT_NOT_OPEN", "V", "un audit " + french(moved.status()) + " ne se déplace "
                    + "plus", "a " + moved.status().name().toLowerCase().replace('_', ' ')
                    + " audit cannot be moved"));
            throwIfAny(broken);
        }
        if (date.isBefore(today)) {
            broken.add(new Broken("AUDIT_IN_THE_PAST", "V", "la date " + date + " est passée",
                    "the date " + date + " is past"));
        }
        List<PlannedAudit> after = existing.stream().map(a -> a.id() == moved.id() ? a.on(date) : a).toList();
        broken.addAll(breaches(existing, after, moved.type().external() ? moved.on(date) : null));
        throwIfAny(broken);
    }

    /** Cancelling a preparatory audit must not leave an open external audit without one. */
    public static void checkCancel(PlannedAudit cancelled, List<PlannedAudit> existing) {
        if (!cancelled.status().open()) {
            throw RuleViolation.of("AUDIT_NOT_OPEN", "V", "un audit " + french(cancelled.status())
                    + " ne s'annule plus", "a " + cancelled.status().name().toLowerCase().replace('_', ' ')
                    + " audit cannot be cancelled");
        }
        List<PlannedAudit> after = existing.stream().map(a -> a.id() == cancelled.id()
                ? new PlannedAudit(a.id(), a.type(), AuditStatus.CANCELLED, a.date()) : a).toList();
        throwIfAny(breaches(existing, after, null));
    }

    /** The open external audits of one site that have no preparatory audit in their V.2 window. */
    public static List<PlannedAudit> unprepared(List<PlannedAudit> siteAudits) {
        return siteAudits.stream().filter(a -> a.type().external() && a.status().open())
                .filter(a -> missingPreparation(a, siteAudits).isPresent()).toList();
    }

    /**
     * The open external audits that were prepared before the change and are not after it, plus {@code subject} (an
     * external audit being moved) if it is not prepared after the change.
     */
    private static List<Broken> breaches(List<PlannedAudit> before, List<PlannedAudit> after, PlannedAudit subject) {
        List<Broken> broken = new ArrayList<>();
        for (PlannedAudit external : after) {
            if (!external.type().external() || !external.status().open()) {
                continue;
            }
            boolean isSubject = subject != null && external.id() == subject.id();
            PlannedAudit previous = before.stream().filter(b -> b.id() == external.id()).findFirst().orElse(external);
            boolean wasPrepared = missingPreparation(previous, before).isEmpty();
            if (isSubject || wasPrepared) {
                missingPreparation(external, after).ifPresent(broken::add);
            }
        }
        return broken;
    }

    private static Optional<Broken> missingPreparation(PlannedAudit external, List<PlannedAudit> audits) {
        boolean prepared = audits.stream().anyMatch(a -> a.prepares(external.date()));
        if (prepared) {
            return Optional.empty();
        }
        PreparatoryAuditRule.DateRange window = PreparatoryAuditRule.window(external.date());
        return Optional.of(new Broken("INTERNAL_AUDIT_BEFORE_EXTERNAL", "V.2",
                "l'" + external.type().french() + " du " + external.date() + " demande un audit interne ou une "
                        + "auto-évaluation environ 2 mois avant : entre le " + window.first() + " et le "
                        + window.last(),
                "the " + external.type().slug() + " audit on " + external.date() + " needs an internal audit or a "
                        + "self-assessment about 2 months before it: between " + window.first() + " and "
                        + window.last()));
    }

    private static String french(AuditStatus status) {
        return switch (status) {
            case CLOSED -> "clos";
            case CANCELLED -> "annulé";
            case IN_PROGRESS -> "en cours";
            case SCHEDULED -> "planifié";
        };
    }

    private static void throwIfAny(List<Broken> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
