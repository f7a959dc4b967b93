package fr.interieur.qualepref.governance.domain;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What makes the record of a comité des usagers meeting acceptable (IV.5): a meeting that was held (not a future
 * date), attended by members of that committee sitting on that day, its minutes sent to members after the meeting
 * and not in the future, published after the meeting, at a place that is named. All broken rules are reported at
 * once; nothing is stored.
 */
public final class MeetingRecordRules {

    private MeetingRecordRules() {
    }

    /**
     * @param members the committee's memberships, by member id
     */
    public static void check(LocalDate heldOn, Set<Long> attendees, Map<Long, Membership> members,
                             Long minutesDocumentId, LocalDate minutesSentOn, Set<Long> minutesSentTo,
                             LocalDate publishedOn, String publishedAt, LocalDate today) {
        List<Broken> broken = new ArrayList<>();
        if (heldOn.isAfter(today)) {
            broken.add(new Broken("MEETING_IN_FUTURE", "IV.5",
                    "une réunion datée du " + heldOn + " n'a pas encore eu lieu : pas de compte rendu",
                    "a meeting dated " + heldOn + " has not taken place yet: it cannot have minutes"));
        }
        Set<Long> notMembers = new TreeSet<>();
        for (Long id : attendees) {
            Membership m = members.get(id);
            if (m == null || !m.sitsOn(heldOn)) {
                notMembers.add(id);
            }
        }
        if (!notMembers.isEmpty()) {
            broken.add(new Broken("ATTENDEE_NOT_MEMBER", "IV.5",
                    "participants qui ne sont pas membres du comité à la date de la réunion : " + notMembers,
                    "attendees who are not members of the committee on the day of the meeting: " + notMembers));
        }
        Set<Long> unknownRecipients = new TreeSet<>(minutesSentTo);
        unknownRecipients.removeAll(members.keySet());
        if (!unknownRecipients.isEmpty()) {
            broken.add(new Broken("RECIPIENT_NOT_MEMBER", "IV.5",
                    "destinataires du compte rendu inconnus du comité : " + unknownRecipients,
                    "minutes recipients who are not members of the committee: " + unknownRecipients));
        }
        boolean sent = minutesSentOn != null || !minutesSentTo.isEmpty();
        if (sent && (minutesSentOn == null || minutesSentTo.isEmpty() || minutesDocumentId == null)) {
            broken.add(new Broken("MINUTES_DIFFUSION_INCOMPLETE", "IV.5",
                    "la diffusion du compte rendu indique le document, la date d'envoi et les destinataires",
                    "the diffusion of the minutes names the minutes document, the date sent and the recipients"));
        }
        dated(broken, "MINUTES_SENT", minutesSentOn, heldOn, today, "l'envoi du compte rendu", "the minutes sent");
        dated(broken, "PUBLICATION", publishedOn, heldOn, today, "la publication", "the publication");
        if (publishedOn != null && (publishedAt == null || publishedAt.isBlank())) {
            broken.add(new Broken("PUBLICATION_PLACE", "IV.5", "une publication indique où elle a été mise en ligne",
                    "a publication says where it was put online"));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }

    private static void dated(List<Broken> broken, String rule, LocalDate date, LocalDate heldOn, LocalDate today,
                              String fr, String en) {
        if (date == null) {
            return;
        }
        if (date.isBefore(heldOn)) {
            broken.add(new Broken(rule + "_BEFORE_MEETING", "IV.5", fr + " ne peut précéder la réunion",
                    en + " cannot precede the meeting"));
        }
        if (date.isAfter(today)) {
            broken.add(new Broken(rule + "_IN_FUTURE", "IV.5", fr + " ne peut être datée dans le futur",
                    en + " cannot be dated in the future"));
        }
    }
}
