package fr.interieur.qualepref.indicators.domain;

import fr.interieur.qualepref.referential.domain.Channel;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests of the correspondence register a référentiel indicator measures, and against which deadline. The
 * deadline, the channel and the years of validity come from the indicator's definition in the référentiel data
 * (e.g. I3.1: 15 working days until 2019; I3.2: 5 working days for electronic sendings from 2020); what this class
 * adds is the link from a commitment to the kinds of request it is about, which the référentiel says in words:
 * 3 suggestions and complaints, 17 information requests, 36 requests of collectivités, 51 information requests to
 * the Préfecture de police.
 *
 * @param code          the indicator's code (I17.1)
 * @param kinds         the kinds of request it counts
 * @param channels      the channels it counts (empty: all)
 * @param deadline      the deadline in working days, or null when it is the delay the site announced per request
 * @param meanDelay     a mean delay rather than a rate
 * @param firstYear     the first year of receipt it applies to
 * @param lastYear      the last year of receipt it applies to
 */
public record CorrespondenceRule(String code, Set<CorrespondenceKind> kinds, Set<CorrespondenceChannel> channels,
                                 Integer deadline, boolean meanDelay, int firstYear, int lastYear) {

    private static final Map<Integer, Set<CorrespondenceKind>> KINDS_BY_COMMITMENT = Map.of(
            3, EnumSet.of(CorrespondenceKind.SUGGESTION, CorrespondenceKind.COMPLAINT),
            17, EnumSet.of(CorrespondenceKind.INFORMATION_REQUEST),
            36, EnumSet.of(CorrespondenceKind.COLLECTIVITY_REQUEST),
            51, EnumSet.of(CorrespondenceKind.INFORMATION_REQUEST));

    /** The rule of {@code definition} (an indicator of commitment {@code commitment}), if the register measures it. */
    public static Optional<CorrespondenceRule> of(int commitment, IndicatorDefinition definition) {
        return of(commitment, definition.code(), definition.kind(), definition.deadlineValue().orElse(null),
                definition.deadlineUnit().orElse(null), definition.channel().orElse(null),
                definition.validFrom().orElse(null), definition.validUntil().orElse(null));
    }

    /** The same from the fields of a definition, as the référentiel file gives them. */
    public static Optional<CorrespondenceRule> of(int commitment, String code, IndicatorKind kind,
                                                  Integer deadlineValue, DeadlineUnit unit, Channel channel,
                                                  Integer validFrom, Integer validUntil) {
        Set<CorrespondenceKind> kinds = KINDS_BY_COMMITMENT.get(commitment);
        if (kinds == null) {
            return Optional.empty();
        }
        boolean rate = kind == IndicatorKind.RATE_WITHIN_DEADLINE;
        boolean mean = kind == IndicatorKind.MEAN_DELAY;
        if (!(rate || mean) || (unit != DeadlineUnit.WORKING_DAYS && unit != DeadlineUnit.LOCALLY_ANNOUNCED)) {
            return Optional.empty();
        }
        Optional<Set<CorrespondenceChannel>> channels = channels(channel);
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        Integer deadline = rate && unit == DeadlineUnit.WORKING_DAYS ? deadlineValue : null;
        if (rate && unit == DeadlineUnit.WORKING_DAYS && deadline == null) {
            return Optional.empty();
        }
        return Optional.of(new CorrespondenceRule(code, kinds, channels.get(), deadline, mean,
                validFrom == null ? Integer.MIN_VALUE : validFrom, validUntil == null ? Integer.MAX_VALUE : validUntil));
    }

    /** The register's channels behind a référentiel channel; empty when the register has none of it (website...). */
    static Optional<Set<CorrespondenceChannel>> channels(Channel channel) {
        if (channel == null) {
            return Optional.of(Set.of());
        }
        return switch (channel) {
            case LETTER -> Optional.of(EnumSet.of(CorrespondenceChannel.LETTER));
            case EMAIL -> Optional.of(EnumSet.of(CorrespondenceChannel.EMAIL));
            // 3.1 "si l'envoi est électronique": an e-mail or the website's contact form.
            case ELECTRONIC -> Optional.of(EnumSet.of(CorrespondenceChannel.EMAIL, CorrespondenceChannel.WEB_FORM));
            case SUGGESTION_BOX -> Optional.of(EnumSet.of(CorrespondenceChannel.SUGGESTION_BOX));
            case TELEPHONE -> Optional.of(EnumSet.of(CorrespondenceChannel.TELEPHONE));
            default -> Optional.empty();
        };
    }

    public boolean appliesToSomeYear(int from, int to) {
        return firstYear <= to && lastYear >= from;
    }
}
