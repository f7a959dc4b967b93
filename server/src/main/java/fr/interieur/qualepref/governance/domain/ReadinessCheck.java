package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One organisational requirement with its status and the reasons for it, in English (what a référent qualité reads
 * before an audit).
 *
 * @param code      stable name of the check, e.g. "USERS_COMMITTEE_MET"
 * @param reference the référentiel's number, e.g. "IV.5"
 * @param status    met, not met, or not yet due
 * @param reasons   why: what is missing, or what satisfies the requirement
 */
public record ReadinessCheck(String code, String reference, CheckStatus status, List<String> reasons) {

    public ReadinessCheck {
        reasons = List.copyOf(reasons);
    }

    public static ReadinessCheck met(String code, String reference, String reason) {
        return new ReadinessCheck(code, reference, CheckStatus.MET, List.of(reason));
    }

    /** Not met: missed if the year is over, not yet due otherwise. */
    public static ReadinessCheck yearly(String code, String reference, int year, LocalDate today,
                                        List<String> missing, String metReason) {
        if (missing.isEmpty()) {
            return met(code, reference, metReason);
        }
        return new ReadinessCheck(code, reference, CheckStatus.missedIn(year, today), missing);
    }

    /** A standing requirement (a record that must exist): not met as long as it is missing. */
    public static ReadinessCheck standing(String code, String reference, List<String> missing, String metReason) {
        return missing.isEmpty() ? met(code, reference, metReason)
                : new ReadinessCheck(code, reference, CheckStatus.NOT_MET, missing);
    }
}
