package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may be the auditor of an INTERNAL audit (V.2): "Les audits internes sont sollicités auprès de la préfecture de
 * région qui mandatera un auditeur parmi son vivier", with, as control method, "vérification de l'attestation de la
 * formation ou de la feuille d'émargement de la formation des auditeurs missionnés" (training: IV.3). On the audit day
 * the auditor must be:
 * <ul>
 *   <li>an active member of the pool of the audited site's region ({@code AUDITOR_NOT_IN_REGIONAL_POOL},
 *       {@code AUDITOR_WITHDRAWN_FROM_POOL});</li>
 *   <li>trained on or before the audit day ({@code AUDITOR_NOT_TRAINED});</li>
 *   <li>independent of the site ({@code AUDITOR_NOT_INDEPENDENT}): holding no QUALITY_REFERENT or AGENT grant, in
 *       force at any moment of the audit day (Paris), on any site under the same préfet — the audited site, its parent
 *       préfecture when it is a sous-préfecture, and that préfecture's sous-préfectures. A sous-préfecture's staff
 *       work under the préfet of the department, whose référent qualité steers the démarche of the whole department:
 *       none of them audits a site of that department (docs/adr/0011).</li>
 * </ul>
 * External audits (certification body) and self-assessments are not this rule's business; see
 * {@link #takesAnAuditor(AuditType)}.
 */
public final class InternalAuditorRule {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private InternalAuditorRule() {
    }

    /** The audited site: {@code prefetSiteId} is its parent préfecture for a sous-préfecture, itself otherwise. */
    public record AuditedSite(long id, String code, long prefetSiteId, String region) {
    }

    /** One membership of the candidate, in any region, active or withdrawn. */
    public record Membership(String region, LocalDate trainedOn, LocalDate withdrawnOn, String withdrawnReason) {
        public boolean active() {
            return withdrawnOn == null;
        }
    }

    /** A QUALITY_REFERENT or AGENT grant of the candidate, on a site, with that site's préfet's site. */
    public record StaffGrant(String role, long siteId, String siteCode, long prefetSiteId, OffsetDateTime validFrom,
                             OffsetDateTime validUntil) {

        /** In force at some moment of {@code day} (Paris midnight to midnight). */
        boolean inForceOn(LocalDate day) {
            OffsetDateTime start = day.atStartOfDay(PARIS).toOffsetDateTime();
            OffsetDateTime end = day.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime();
            return (validFrom == null || validFrom.isBefore(end)) && (validUntil == null || validUntil.isAfter(start));
        }
    }

    /**
     * SELF_ASSESSMENT: none, the site assesses itself (its référent qualité); INTERNAL: one from the regional pool;
     * external audits: the certification body's, whoever the DMAT names.
     */
    public static boolean takesAnAuditor(AuditType type) {
        return type != AuditType.SELF_ASSESSMENT;
    }

    /** @throws RuleViolation naming every broken rule, with why */
    public static void require(String login, AuditedSite site, LocalDate auditDay, List<Membership> memberships,
                               List<StaffGrant> staff) {
        List<Broken> broken = check(login, site, auditDay, memberships, staff);
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }

    /** The rules broken by naming {@code login} auditor of an internal audit of {@code site} on {@code auditDay}. */
    public static List<Broken> check(String login, AuditedSite site, LocalDate auditDay, List<Membership> memberships,
                                     List<StaffGrant> staff) {
        List<Broken> broken = new ArrayList<>();
        List<Membership> here = memberships.stream().filter(m -> m.region().equals(site.region())).toList();
        List<Membership> active = here.stream().filter(Membership::active).toList();
        if (here.isEmpty()) {
            String elsewhere = memberships.stream().filter(Membership::active).map(Membership::region).distinct()
                    .sorted().collect(Collectors.joining(", "));
            broken.add(new Broken("AUDITOR_NOT_IN_REGIONAL_POOL", "V.2",
                    login + " n'est pas dans le vivier d'auditeurs internes de la région " + site.region()
                            + (elsewhere.isEmpty() ? "" : " (vivier : " + elsewhere + ")"),
                    login + " is not in the internal auditor pool of region " + site.region()
                            + (elsewhere.isEmpty() ? "" : " (pool: " + elsewhere + ")")));
        } else if (active.isEmpty()) {
            Membership last = here.stream().max((a, b) -> a.withdrawnOn().compareTo(b.withdrawnOn())).orElseThrow();
            broken.add(new Broken("AUDITOR_WITHDRAWN_FROM_POOL", "V.2",
                    login + " a été retiré du vivier de la région " + site.region() + " le " + last.withdrawnOn()
                            + " (" + last.withdrawnReason() + ")",
                    login + " was withdrawn from the pool of region " + site.region() + " on " + last.withdrawnOn()
                            + " (" + last.withdrawnReason() + ")"));
        } else if (active.stream().noneMatch(m -> !m.trainedOn().isAfter(auditDay))) {
            LocalDate trained = active.get(0).trainedOn();
            broken.add(new Broken("AUDITOR_NOT_TRAINED", "V.2, IV.3",
                    login + " n'est formé que le " + trained + ", après le jour de l'audit (" + auditDay + ")",
                    login + " is trained only on " + trained + ", after the audit day (" + auditDay + ")"));
        }
        List<StaffGrant> conflicts = staff.stream()
                .filter(g -> g.prefetSiteId() == site.prefetSiteId() && g.inForceOn(auditDay)).toList();
        if (!conflicts.isEmpty()) {
            String where = conflicts.stream().map(g -> g.role() + " " + g.siteCode()).distinct().sorted()
                    .collect(Collectors.joining(", "));
            broken.add(new Broken("AUDITOR_NOT_INDEPENDENT", "V.2",
                    login + " n'est pas indépendant du site " + site.code() + " le " + auditDay + " : " + where
                            + " (même préfet)",
                    login + " is not independent of site " + site.code() + " on " + auditDay + ": " + where
                            + " (same préfet)"));
        }
        return broken;
    }
}
