package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.calendar.application.SiteCalendars;
import fr.interieur.qualepref.calendar.domain.DepartmentZone;
import fr.interieur.qualepref.calendar.domain.FrenchPublicHolidays;
import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.CrisisCounts;
import fr.interieur.qualepref.indicators.domain.CrisisRule;
import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.ImportedCounts;
import fr.interieur.qualepref.indicators.domain.IndicatorSource;
import fr.interieur.qualepref.indicators.domain.IndicatorTallies;
import fr.interieur.qualepref.indicators.domain.SurveyCounts;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.registers.domain.ExternalIndicators;
import fr.interieur.qualepref.sites.domain.CommitmentExclusion;
import fr.interieur.qualepref.sites.domain.CommitmentExclusions;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chapter VI indicators of the site bound to the current transaction: one figure per indicator of the référentiel
 * that applies to the site (its modules, less the commitments it marked not applicable) and per period. The
 * definitions are read from the référentiel data; the counts are computed by the database ({@link IndicatorSource}).
 * It binds no site itself: {@link IndicatorService} runs it in the request's site, {@link IndicatorDistributions} in
 * each site in turn.
 */
@ApplicationScoped
public class IndicatorComputation {

    static final String RATE_FORMULA = "numerator / denominator: requests received in the period and replied "
            + "(a holding reply counts, 3.1, 17.1) within %s working days of the clock start (the day of receipt, or "
            + "the day the missing pieces arrived, 17.1/17.2), over those replied + those late (replied after the "
            + "deadline, or still open past it on %s); open requests still within the deadline are counted in "
            + "pending only";
    static final String UPDATE_FORMULA = "numerator / denominator: changes requested in the period and online within "
            + "%s working days of the day the person in charge was told (1.2), over those online + those late (online "
            + "after the deadline, or still not online past it on %s); changes still within the deadline are counted "
            + "in pending only";
    static final String CELL_FORMULA = "number of crisis timelines whose time 0 (COD activation) falls in the period, "
            + "in the site's legal time, and whose communication cell was activated (47)";
    static final String ELUS_FORMULA = "value in hours = numerator (minutes from time 0, the COD activation, to the "
            + "élus informed, summed) / 60 / denominator (timelines with the élus informed) (48)";
    static final String CIP_FORMULA = "numerator / denominator: CIP activated at most %s clock hour(s) after time 0 "
            + "(the COD activation; 59 minutes is within one hour, 61 is not), over the timelines with a CIP "
            + "activation (50)";
    static final String PROPOSAL_FORMULA = "numerator / denominator: appointment requests received in the period "
            + "whose date was proposed within %s working days of receipt (37.1, 40.1), over those proposed + those "
            + "late (proposed after the deadline, or still not proposed past it on %s); requests still within the "
            + "deadline are counted in pending only";
    static final String MEETING_FORMULA = "numerator / denominator: appointment requests received in the period "
            + "whose appointment date falls within %s working days of the proposal (37.1, 40.1), over those with a "
            + "date + those late (a date after the deadline, or still none past it on %s); requests whose requester "
            + "declared an unavailability between the proposal and the appointment are left out (\"sauf "
            + "indisponibilité du demandeur sur la période\"); requests still within the deadline are pending";
    static final String CONTACT_FORMULA = "numerator / denominator: incomplete files received in the period whose "
            + "user was sent the list of missing pieces within %s working days of receipt (38.2, 39.2, 52.4), over "
            + "those contacted + those late (contacted after the deadline, or still not contacted past it on %s); "
            + "files still within the deadline are counted in pending only";
    static final String DECISION_FORMULA = "numerator / denominator: files received in the period decided within "
            + "%s working days announced for them (38.3, 52.2), over those decided + those late (decided after it, or "
            + "still open past it on %s); files still within their delay are pending, files without an announced "
            + "delay are not counted";
    static final String IMPORTED_FORMULA = "the value imported for the period (from %s); over a longer period, the "
            + "mean of the values imported for its months or quarters (sample: how many)";
    static final String SURVEY_FORMULA = "numerator / denominator: respondents satisfied over respondents, summed over "
            + "every criterion of the indicator and every survey (satisfaction and mystery) closed in the period";
    static final String MEAN_FORMULA = "sum of the working days from clock start (receipt, or arrival of the missing "
            + "pieces, 17.1/17.2) to the first reply (holding or substantive), over the replied requests received in "
            + "the period";

    @Inject
    ReferentialCatalog referential;

    @Inject
    CommitmentExclusions exclusions;

    @Inject
    SiteCalendars calendars;

    @Inject
    IndicatorSource source;

    @Inject
    IndicatorTallies tallies;

    /** The site's figures (the site must be the one bound to the transaction). */
    public List<IndicatorFigure> compute(Site site, LocalDate from, LocalDate to, Period period, LocalDate asOf) {
        return compute(site, from, to, period, asOf, catalog(site.referentialVersion()), tallies.current(site.id()),
                true);
    }

    /**
     * The indicators of a référentiel version, each with what feeds it: the same for every site of the version, so
     * a national read works it out once.
     */
    @Transactional
    public List<Applicable> catalog(ReferentialVersion version) {
        List<Applicable> catalog = new ArrayList<>();
        for (Commitment c : referential.commitments(version, Optional.empty())) {
            for (IndicatorDefinition d : c.indicators()) {
                catalog.add(new Applicable(c.module().number(), c.number(), d,
                        RegisterRule.of(c.number(), d).orElse(null), CrisisRule.of(c.number(), d).orElse(null),
                        ExternalIndicators.imported(c.number(), d), ExternalIndicators.surveyed(d)));
            }
        }
        return List.copyOf(catalog);
    }

    /**
     * The site's figures from its version's {@link #catalog}, its tallies used when {@code tallied} (they are
     * current); without their formulas when not {@code explained} (a national read keeps only the values).
     */
    public List<IndicatorFigure> compute(Site site, LocalDate from, LocalDate to, Period period, LocalDate asOf,
                                         List<Applicable> catalog, boolean tallied, boolean explained) {
        Set<Integer> excluded = exclusions.all().stream().map(CommitmentExclusion::commitmentNumber)
                .collect(Collectors.toSet());
        List<Applicable> applicable = catalog.stream()
                .filter(a -> site.modules().contains(a.module()) && !excluded.contains(a.commitment()))
                .filter(a -> yearsOverlap(a.definition(), from.getYear(), to.getYear())).toList();
        List<RegisterRule> rules = applicable.stream().map(Applicable::rule)
                .filter(r -> r != null).toList();
        Map<String, RuleCounts> counts = new HashMap<>();
        if (!rules.isEmpty()) {
            LocalDate calendarFrom = from.isBefore(asOf) ? from : asOf;
            LocalDate calendarTo = latest(to, asOf).plusYears(1);
            LocalDate last = LocalDate.of(FrenchPublicHolidays.LAST_YEAR, 12, 31);
            calendarTo = calendarTo.isAfter(last) ? last : calendarTo;
            WorkingDayCalendar calendar = calendars.calendarOf(site);
            List<LocalDate> off = calendar.nonWorkingDays(calendarFrom, calendarTo).stream()
                    .map(NonWorkingDay::date).toList();
            for (RuleCounts c : source.counts(rules, period, from, to, asOf, calendarFrom, calendarTo, off,
                    tallied)) {
                counts.put(c.code() + "/" + c.period(), c);
            }
        }
        Map<LocalDate, CrisisCounts> crises = new HashMap<>();
        List<CrisisRule> crisisRules = applicable.stream().map(Applicable::crisis).filter(r -> r != null).toList();
        if (!crisisRules.isEmpty()) {
            int cipHours = crisisRules.stream().filter(r -> r.hours() != null).mapToInt(CrisisRule::hours).findFirst()
                    .orElse(1);
            for (CrisisCounts c : source.crises(period, from, to, DepartmentZone.of(site.departmentCode()),
                    cipHours)) {
                crises.put(c.period(), c);
            }
        }
        Map<String, ImportedCounts> imported = new HashMap<>();
        if (applicable.stream().anyMatch(Applicable::imported)) {
            source.imported(period, from, to).forEach(c -> imported.put(c.code() + "/" + c.period(), c));
        }
        Map<String, SurveyCounts> surveys = new HashMap<>();
        if (applicable.stream().anyMatch(Applicable::surveyed)) {
            source.surveys(period, from, to).forEach(c -> surveys.put(c.code() + "/" + c.period(), c));
        }
        List<IndicatorFigure> figures = new ArrayList<>();
        for (LocalDate start : period.starts(from, to)) {
            LocalDate end = period.endOf(start);
            for (Applicable a : applicable) {
                if (!yearsOverlap(a.definition(), start.getYear(), end.getYear())) {
                    continue;
                }
                String key = a.definition().code() + "/" + start;
                if (a.crisis() != null) {
                    figures.add(crisisFigure(a, start, end, crises.get(start), explained));
                } else if (a.rule() != null) {
                    figures.add(figure(a, start, end, counts.get(key), asOf, explained));
                } else if (a.imported()) {
                    figures.add(importedFigure(a, start, end, imported.get(key), explained));
                } else if (a.surveyed()) {
                    figures.add(surveyFigure(a, start, end, surveys.get(key)));
                } else {
                    figures.add(notComputed(a, start, end));
                }
            }
        }
        return figures;
    }

    private static IndicatorFigure notComputed(Applicable a, LocalDate start, LocalDate end) {
        IndicatorDefinition d = a.definition();
        return new IndicatorFigure(d.code(), a.commitment(), d.label(), d.kind().name(),
                d.deadlineValue().orElse(null), start, end, false, null, null, null, null, null, null,
                "not computed: no register of the platform feeds it ("
                        + d.source().orElse(d.channel().map(Enum::name).orElse(d.kind().name())) + ")");
    }

    /** The value imported for the period, or the mean of those of its months or quarters. */
    private static IndicatorFigure importedFigure(Applicable a, LocalDate start, LocalDate end, ImportedCounts c,
                                                  boolean explained) {
        IndicatorDefinition d = a.definition();
        long values = c == null ? 0 : c.values();
        return new IndicatorFigure(d.code(), a.commitment(), d.label(), d.kind().name(), null, start, end, true,
                values == 0 ? null : c.mean(), null, null, null, values,
                explained ? String.format(IMPORTED_FORMULA, d.source().orElse("another system")) : null,
                values == 0 ? "no value imported for this period (a value imported by quarter shows in quarterly "
                        + "and yearly figures only)" : null);
    }

    /** Satisfied respondents over respondents, every criterion and survey of the period together. */
    private static IndicatorFigure surveyFigure(Applicable a, LocalDate start, LocalDate end, SurveyCounts c) {
        IndicatorDefinition d = a.definition();
        long satisfied = c == null ? 0 : c.satisfied();
        long respondents = c == null ? 0 : c.respondents();
        return new IndicatorFigure(d.code(), a.commitment(), d.label(), d.kind().name(), null, start, end, true,
                respondents == 0 ? null : (double) satisfied / respondents, satisfied, respondents, null, respondents,
                SURVEY_FORMULA, respondents == 0 ? "no survey result recorded for this period" : null);
    }

    private static IndicatorFigure figure(Applicable a, LocalDate start, LocalDate end, RuleCounts c,
                                          LocalDate asOf, boolean explained) {
        IndicatorDefinition d = a.definition();
        long met = c == null ? 0 : c.met();
        long late = c == null ? 0 : c.late();
        long pending = c == null ? 0 : c.pending();
        long without = c == null ? 0 : c.withoutDeadline();
        long replied = c == null ? 0 : c.replied();
        long sum = c == null ? 0 : c.delaySum();
        String note = without == 0 ? null : without + " entr" + (without == 1 ? "y has" : "ies have")
                + " no announced delay and " + (without == 1 ? "is" : "are") + " not counted";
        if (a.rule().meanDelay()) {
            Double mean = replied == 0 ? null : (double) sum / replied;
            return new IndicatorFigure(d.code(), a.commitment(), d.label(), d.kind().name(), null, start, end, true,
                    mean, sum, replied, null, replied, MEAN_FORMULA, null);
        }
        long denominator = met + late;
        Double rate = denominator == 0 ? null : (double) met / denominator;
        String days = a.rule().deadline() == null ? "the announced number of" : a.rule().deadline().toString();
        return new IndicatorFigure(d.code(), a.commitment(), d.label(), d.kind().name(), a.rule().deadline(), start,
                end, true, rate, met, denominator, pending, met + late + pending + without,
                explained ? String.format(formula(a.rule()), days, asOf) : null,
                note);
    }

    private static IndicatorFigure crisisFigure(Applicable a, LocalDate start, LocalDate end, CrisisCounts c,
                                                boolean explained) {
        IndicatorDefinition d = a.definition();
        CrisisRule r = a.crisis();
        String kind = d.kind().name();
        switch (r.measure()) {
            case COMMUNICATION_CELL_COUNT: {
                long cells = c == null ? 0 : c.cells();
                return new IndicatorFigure(d.code(), a.commitment(), d.label(), kind, null, start, end, true,
                        (double) cells, null, null, null, cells, CELL_FORMULA, null);
            }
            case ELUS_MEAN_DELAY: {
                long informed = c == null ? 0 : c.elusInformed();
                long minutes = c == null ? 0 : c.elusMinutes();
                return new IndicatorFigure(d.code(), a.commitment(), d.label(), kind, null, start, end, true,
                        informed == 0 ? null : minutes / 60.0 / informed, minutes, informed, null, informed,
                        ELUS_FORMULA, null);
            }
            default: {
                long activated = c == null ? 0 : c.cipActivated();
                long within = c == null ? 0 : c.cipWithin();
                return new IndicatorFigure(d.code(), a.commitment(), d.label(), kind, r.hours(), start, end, true,
                        activated == 0 ? null : (double) within / activated, within, activated, null, activated,
                        explained ? String.format(CIP_FORMULA, r.hours()) : null, null);
            }
        }
    }

    private static boolean yearsOverlap(IndicatorDefinition d, int fromYear, int toYear) {
        return d.validFrom().orElse(Integer.MIN_VALUE) <= toYear
                && d.validUntil().orElse(Integer.MAX_VALUE) >= fromYear;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String formula(RegisterRule rule) {
        switch (rule.register()) {
            case UPDATES:
                return UPDATE_FORMULA;
            case APPOINTMENTS:
                return rule.kinds().contains(RegisterRule.PROPOSAL) ? PROPOSAL_FORMULA : MEETING_FORMULA;
            case ADMINISTRATIVE_FILES:
                return rule.kinds().contains(RegisterRule.CONTACT) ? CONTACT_FORMULA : DECISION_FORMULA;
            default:
                return RATE_FORMULA;
        }
    }

    /**
     * An indicator of the référentiel (of a module and commitment) and what feeds it: an event register's rule, a
     * crisis rule, the imported values or the survey results; none of them: not computed.
     */
    public record Applicable(int module, int commitment, IndicatorDefinition definition, RegisterRule rule,
                             CrisisRule crisis, boolean imported, boolean surveyed) {
    }
}
