package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the register knows of one request, as entered or imported, before it is accepted. {@link #problems()} lists
 * every rule it breaks, so a form or a CSV line can be refused with all its reasons at once.
 *
 * @param reference          the site's own reference of the request (unique in the site)
 * @param channel            how it arrived
 * @param kind               what it is
 * @param receivedOn         the day the administration received it: day 0 of every delay (17.1)
 * @param missingRequestedOn the request was incomplete: the day the missing pieces were asked for (17.1/17.2)
 * @param missingReceivedOn  the day they arrived: a new delay starts that day (17.1/17.2)
 * @param acknowledgedOn     the electronic acknowledgement (17.3)
 * @param redirectedOn       the day the requester was told the request went to another service (17.3)
 * @param redirectedTo       that service
 * @param holdingReplyOn     a reply giving the expected delay ("réponse d'attente"), which keeps the commitment
 * @param repliedOn          the substantive reply ("réponse sur le fond")
 * @param replyChannel       how the reply was sent
 * @param announcedDelayDays the delay the site announced for this kind of request, in working days (51, 52.2)
 */
public record CorrespondenceFacts(String reference, CorrespondenceChannel channel, CorrespondenceKind kind,
                                  LocalDate receivedOn, LocalDate missingRequestedOn, LocalDate missingReceivedOn,
                                  LocalDate acknowledgedOn, LocalDate redirectedOn, String redirectedTo,
                                  LocalDate holdingReplyOn, LocalDate repliedOn, CorrespondenceChannel replyChannel,
                                  Integer announcedDelayDays) implements RegisterFacts {

    public static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            problems.add(new FieldProblem("reference", "is required"));
        } else if (reference.length() > 64) {
            problems.add(new FieldProblem("reference", "is longer than 64 characters"));
        }
        if (channel == null) {
            problems.add(new FieldProblem("channel", "is required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required"));
        }
        if (receivedOn == null) {
            problems.add(new FieldProblem("receivedOn", "is required"));
        } else {
            inCalendar("receivedOn", receivedOn, problems);
            notBeforeReceipt("missingRequestedOn", missingRequestedOn, problems);
            notBeforeReceipt("missingReceivedOn", missingReceivedOn, problems);
            notBeforeReceipt("acknowledgedOn", acknowledgedOn, problems);
            notBeforeReceipt("redirectedOn", redirectedOn, problems);
            notBeforeReceipt("holdingReplyOn", holdingReplyOn, problems);
            notBeforeReceipt("repliedOn", repliedOn, problems);
        }
        if (missingReceivedOn != null && missingRequestedOn == null) {
            problems.add(new FieldProblem("missingReceivedOn", "needs missingRequestedOn: pieces arrive after they "
                    + "were asked for (17.1)"));
        }
        if (missingReceivedOn != null && missingRequestedOn != null && missingReceivedOn.isBefore(missingRequestedOn)) {
            problems.add(new FieldProblem("missingReceivedOn", "is before missingRequestedOn"));
        }
        if ((redirectedOn == null) != (redirectedTo == null || redirectedTo.isBlank())) {
            problems.add(new FieldProblem(redirectedOn == null ? "redirectedOn" : "redirectedTo",
                    "redirectedOn and redirectedTo go together"));
        }
        if (redirectedTo != null && redirectedTo.length() > 200) {
            problems.add(new FieldProblem("redirectedTo", "is longer than 200 characters"));
        }
        if (repliedOn == null && holdingReplyOn == null && replyChannel != null) {
            problems.add(new FieldProblem("replyChannel", "is given but there is no reply"));
        }
        if (announcedDelayDays != null && (announcedDelayDays < 1 || announcedDelayDays > 365)) {
            problems.add(new FieldProblem("announcedDelayDays", "must be from 1 to 365 working days"));
        }
        return problems;
    }

    /** The day the delay runs from: receipt, or the arrival of the missing pieces (17.1/17.2). */
    public LocalDate clockStart() {
        return missingReceivedOn != null ? missingReceivedOn : receivedOn;
    }

    private void notBeforeReceipt(String field, LocalDate date, List<FieldProblem> problems) {
        if (date != null) {
            if (date.isBefore(receivedOn)) {
                problems.add(new FieldProblem(field, "is before receivedOn"));
            }
            inCalendar(field, date, problems);
        }
    }

    private static void inCalendar(String field, LocalDate date, List<FieldProblem> problems) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            problems.add(new FieldProblem(field, "must fall within 2018–2100"));
        }
    }
}
