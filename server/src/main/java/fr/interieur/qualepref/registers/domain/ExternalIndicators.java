package fr.interieur.qualepref.registers.domain;

import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.IndicatorKind;

/**
 * Which référentiel indicators take their values from outside the platform's event registers, by their definition:
 * <ul>
 *   <li>imported values: the "indigo" figures (IMPORTED_VALUE: 10.2, 11.1, 22, 23, 32, 33, 53.3), the quarterly
 *       delivery delays of 14 (a mean delay with no working-day or clock-hour unit: the platform records no title
 *       deliveries) and the counts no register keeps (15.1 digital-point users, 19.1 social-network connections,
 *       41, 44, 49 meetings, events, exercises — 47's activations are counted from the crisis timelines);</li>
 *   <li>survey results: every SATISFACTION_RATE (2, 3.6, 5–8, 10.1, 15.2, 51.3, 53, 54).</li>
 * </ul>
 */
public final class ExternalIndicators {

    private ExternalIndicators() {
    }

    /** Whether the imported-values register feeds {@code d}, an indicator of commitment {@code commitment}. */
    public static boolean imported(int commitment, IndicatorDefinition d) {
        return imported(commitment, d.kind(), d.deadlineUnit().orElse(null));
    }

    public static boolean imported(int commitment, IndicatorKind kind, DeadlineUnit unit) {
        switch (kind) {
            case IMPORTED_VALUE:
                return true;
            case MEAN_DELAY:
                return unit == null;
            case COUNT:
                return commitment != 47;
            default:
                return false;
        }
    }

    /** Whether the survey register feeds {@code d}. */
    public static boolean surveyed(IndicatorDefinition d) {
        return d.kind() == IndicatorKind.SATISFACTION_RATE;
    }
}
