package fr.interieur.qualepref.indicators.domain;

import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.referential.domain.Channel;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import fr.interieur.qualepref.registers.domain.FileChannel;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of which register a référentiel indicator measures, and against which deadline. The deadline, the
 * channel and the years of validity come from the indicator's definition in the référentiel data (e.g. I3.1: 15
 * working days until 2019; I3.2: 5 working days for electronic sendings from 2020; I1.1: website, 3 working days).
 * What this class adds is what the référentiel says in words: commitment 3 is about suggestions and complaints,
 * 17 information requests, 36 requests of collectivités, 51 information requests to the Préfecture de police; the
 * website and voice-server channels are measured by the update register.
 *
 * @param code      the indicator's code (I17.1)
 * @param register  the register it is computed from
 * @param kinds     the kinds of entry it counts (names of {@link CorrespondenceKind}, or UPDATE)
 * @param channels  the channels it counts (names of {@link CorrespondenceChannel} or {@link UpdateMedium}; empty: all)
 * @param deadline  the deadline in working days, or null when it is the delay the site announced per entry
 * @param meanDelay a mean delay rather than a rate
 * @param firstYear the first year (of receipt, of request) it applies to
 * @param lastYear  the last year it applies to
 */
public record RegisterRule(String code, Register register, Set<String> kinds, Set<String> channels, Integer deadline,
                           boolean meanDelay, int firstYear, int lastYear) {

    /** The one kind of entry of the update register. */
    public static final String UPDATE = "UPDATE";
    /** An appointment request measured from receipt to the proposal of a date (37.1, 40.1: 4 working days). */
    public static final String PROPOSAL = "PROPOSAL";
    /** An appointment request measured from the proposal to the date proposed (37.1, 40.1: 10 working days). */
    public static final String MEETING = "MEETING";
    /** An incomplete file measured from receipt to the contact listing the missing pieces (38.2, 39.2, 52.4). */
    public static final String CONTACT = "CONTACT";
    /** A file measured from receipt to its decision against the delay announced for it (38.3, 52.2). */
    public static final String DECISION = "DECISION";

    /** Who asked, per appointment commitment: 37 élus and cadres territoriaux, 40 users asking an authorisation. */
    private static final Map<Integer, String> REQUESTER_BY_COMMITMENT = Map.of(
            37, AppointmentRequester.ELECTED_OFFICIAL.name(), 40, AppointmentRequester.APPLICANT.name());

    private static final Map<Integer, Set<String>> KINDS_BY_COMMITMENT = Map.of(
            3, Set.of(CorrespondenceKind.SUGGESTION.name(), CorrespondenceKind.COMPLAINT.name()),
            17, Set.of(CorrespondenceKind.INFORMATION_REQUEST.name()),
            36, Set.of(CorrespondenceKind.COLLECTIVITY_REQUEST.name()),
            51, Set.of(CorrespondenceKind.INFORMATION_REQUEST.name()));

    /** The rule of {@code definition} (an indicator of commitment {@code commitment}), if a register measures it. */
    public static Optional<RegisterRule> of(int commitment, IndicatorDefinition definition) {
        return of(commitment, definition.code(), definition.kind(), definition.deadlineValue().orElse(null),
                definition.deadlineUnit().orElse(null), definition.channel().orElse(null),
                definition.validFrom().orElse(null), definition.validUntil().orElse(null));
    }

    /** The same from the fields of a definition, as the référentiel file gives them. */
    public static Optional<RegisterRule> of(int commitment, String code, IndicatorKind kind, Integer deadlineValue,
                                            DeadlineUnit unit, Channel channel, Integer validFrom,
                                            Integer validUntil) {
        int first = validFrom == null ? Integer.MIN_VALUE : validFrom;
        int last = validUntil == null ? Integer.MAX_VALUE : validUntil;
        boolean rate = kind == IndicatorKind.RATE_WITHIN_DEADLINE;
        boolean mean = kind == IndicatorKind.MEAN_DELAY;
        if (channel == Channel.WEBSITE || channel == Channel.VOICE_SERVER) {
            // 1.2, 8, 11, 51.2: "mise à jour ... dans le délai de 3 jours ouvrés".
            if (!rate || unit != DeadlineUnit.WORKING_DAYS || deadlineValue == null) {
                return Optional.empty();
            }
            String medium = channel == Channel.WEBSITE ? UpdateMedium.WEBSITE.name() : UpdateMedium.VOICE_SERVER.name();
            return Optional.of(new RegisterRule(code, Register.UPDATES, Set.of(UPDATE), Set.of(medium), deadlineValue,
                    false, first, last));
        }
        if (REQUESTER_BY_COMMITMENT.containsKey(commitment) && channel == Channel.APPOINTMENT) {
            // 37.1 / 40.1 give both delays in one sentence; the référentiel's first indicator (I37.1, I40.1 "taux de
            // fixation ... 4 jours ouvrés") is the proposal, its second (I37.2, I40.2 "rendez-vous fixés ... 10
            // jours ouvrés", counted from the proposal) the appointment date.
            if (!rate || unit != DeadlineUnit.WORKING_DAYS || deadlineValue == null) {
                return Optional.empty();
            }
            String measured = code.endsWith(".1") ? PROPOSAL : MEETING;
            return Optional.of(new RegisterRule(code, Register.APPOINTMENTS, Set.of(measured),
                    Set.of(REQUESTER_BY_COMMITMENT.get(commitment)), deadlineValue, false, first, last));
        }
        if ((commitment == 38 || commitment == 39 || commitment == 52) && rate) {
            if (unit == DeadlineUnit.LOCALLY_ANNOUNCED && commitment != 39) {
                // 38.3, 52.2: "dans un délai annoncé et respecté, fixé localement": each file's announced delay.
                return Optional.of(new RegisterRule(code, Register.ADMINISTRATIVE_FILES, Set.of(DECISION), Set.of(),
                        null, false, first, last));
            }
            if (unit == DeadlineUnit.WORKING_DAYS && deadlineValue != null) {
                // 38.2, 52.4: every incomplete file; 39.2: those of a téléprocédure, contacted from it.
                Set<String> channels = commitment == 39 ? Set.of(FileChannel.TELEPROCEDURE.name()) : Set.of();
                return Optional.of(new RegisterRule(code, Register.ADMINISTRATIVE_FILES, Set.of(CONTACT), channels,
                        deadlineValue, false, first, last));
            }
            return Optional.empty();
        }
        Set<String> kinds = KINDS_BY_COMMITMENT.get(commitment);
        if (kinds == null || !(rate || mean)
                || (unit != DeadlineUnit.WORKING_DAYS && unit != DeadlineUnit.LOCALLY_ANNOUNCED)) {
            return Optional.empty();
        }
        Optional<Set<String>> channels = correspondenceChannels(channel);
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        Integer deadline = rate && unit == DeadlineUnit.WORKING_DAYS ? deadlineValue : null;
        if (rate && unit == DeadlineUnit.WORKING_DAYS && deadline == null) {
            return Optional.empty();
        }
        return Optional.of(new RegisterRule(code, Register.CORRESPONDENCE, kinds, channels.get(), deadline, mean,
                first, last));
    }

    /** The correspondence channels behind a référentiel channel; empty when the register has none of it. */
    static Optional<Set<String>> correspondenceChannels(Channel channel) {
        if (channel == null) {
            return Optional.of(Set.of());
        }
        return switch (channel) {
            case LETTER -> Optional.of(Set.of(CorrespondenceChannel.LETTER.name()));
            case EMAIL -> Optional.of(Set.of(CorrespondenceChannel.EMAIL.name()));
            // 3.1 "si l'envoi est électronique": an e-mail or the website's contact form.
            case ELECTRONIC -> Optional.of(Set.of(CorrespondenceChannel.EMAIL.name(),
                    CorrespondenceChannel.WEB_FORM.name()));
            case SUGGESTION_BOX -> Optional.of(Set.of(CorrespondenceChannel.SUGGESTION_BOX.name()));
            case TELEPHONE -> Optional.of(Set.of(CorrespondenceChannel.TELEPHONE.name()));
            default -> Optional.empty();
        };
    }

    public boolean appliesToSomeYear(int from, int to) {
        return firstYear <= to && lastYear >= from;
    }
}
