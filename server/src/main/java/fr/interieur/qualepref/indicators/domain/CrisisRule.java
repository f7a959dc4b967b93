package fr.interieur.qualepref.indicators.domain;

import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import java.util.Optional;

/**
 * A module 7 indicator measured on the crisis timelines: the référentiel gives its kind and its delay in clock hours
 * (I50.1: CIP activated within 1 hour); the commitment says which moment it is about (47 the communication cell,
 * 48 the élus informed, 50 the CIP).
 *
 * @param code    the indicator's code
 * @param measure what is computed
 * @param hours   the delay in clock hours, for a rate
 */
public record CrisisRule(String code, Measure measure, Integer hours) {

    public enum Measure {
        /** 47: number of activations of the cellule de communication d'urgence. */
        COMMUNICATION_CELL_COUNT,
        /** 48: mean delay from time 0 to the élus informed, in hours. */
        ELUS_MEAN_DELAY,
        /** 50: share of CIP activations within the delay. */
        CIP_WITHIN_DELAY
    }

    public static Optional<CrisisRule> of(int commitment, IndicatorDefinition d) {
        return of(commitment, d.code(), d.kind(), d.deadlineValue().orElse(null), d.deadlineUnit().orElse(null));
    }

    public static Optional<CrisisRule> of(int commitment, String code, IndicatorKind kind, Integer deadlineValue,
                                          DeadlineUnit unit) {
        if (commitment == 47 && kind == IndicatorKind.COUNT) {
            return Optional.of(new CrisisRule(code, Measure.COMMUNICATION_CELL_COUNT, null));
        }
        if (commitment == 48 && kind == IndicatorKind.MEAN_DELAY && unit == DeadlineUnit.CLOCK_HOURS) {
            return Optional.of(new CrisisRule(code, Measure.ELUS_MEAN_DELAY, null));
        }
        if (commitment == 50 && kind == IndicatorKind.RATE_WITHIN_DEADLINE && unit == DeadlineUnit.CLOCK_HOURS
                && deadlineValue != null) {
            return Optional.of(new CrisisRule(code, Measure.CIP_WITHIN_DELAY, deadlineValue));
        }
        return Optional.empty();
    }
}
