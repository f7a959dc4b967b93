package fr.interieur.qualepref.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date for the governance rules ("a meeting in the future", "overdue", "out of compliance"), in the time zone
 * of metropolitan France: records are dated as the préfecture dates them.
 */
@ApplicationScoped
public class Today {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public LocalDate date() {
        return LocalDate.now(PARIS);
    }
}
