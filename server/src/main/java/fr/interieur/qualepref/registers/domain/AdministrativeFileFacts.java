package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A polices administratives file as entered or imported (38, 39, 52).
 *
 * @param reference          the site's own reference of the file
 * @param procedure          the police administrative it falls under (armes, débits de boissons...): the delays are
 *                           announced per type of file (38.3, 52.2)
 * @param channel            paper or téléprocédure (39)
 * @param receivedOn         the day the file was received: the 10 working days of 38.2, 39.2, 52.4 run from it
 * @param incomplete         whether pieces were missing or to correct
 * @param contactedOn        the day the user was sent the list of missing pieces (38.2, 39.2, 52.4)
 * @param announcedDelayDays the processing delay the site announced for this type of file, in working days (38.3,
 *                           52.2); the file is not measured without one
 * @param decidedOn          the day the file was processed (decision sent)
 */
public record AdministrativeFileFacts(String reference, String procedure, FileChannel channel, LocalDate receivedOn,
                                      Boolean incomplete, LocalDate contactedOn, Integer announcedDelayDays,
                                      LocalDate decidedOn) implements RegisterFacts {

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        FactChecks c = new FactChecks(problems);
        c.text("reference", reference, true, 64);
        c.text("procedure", procedure, true, 100);
        c.required("channel", channel);
        c.day("receivedOn", receivedOn, true);
        c.required("incomplete", incomplete);
        c.day("contactedOn", contactedOn, false);
        c.day("decidedOn", decidedOn, false);
        c.notBefore("contactedOn", contactedOn, "receivedOn", receivedOn);
        c.notBefore("decidedOn", decidedOn, "receivedOn", receivedOn);
        if (contactedOn != null && Boolean.FALSE.equals(incomplete)) {
            c.add("contactedOn", "is given but the file is not incomplete");
        }
        if (announcedDelayDays != null && (announcedDelayDays < 1 || announcedDelayDays > 365)) {
            c.add("announcedDelayDays", "must be from 1 to 365 working days");
        }
        return problems;
    }
}
