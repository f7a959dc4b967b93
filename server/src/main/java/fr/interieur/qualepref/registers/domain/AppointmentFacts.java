package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment request as entered or imported (37.1, 40.1: "dans un délai de 4 jours ouvrés à réception de la
 * demande, une date de rendez-vous est proposée ... dans les 10 jours ouvrés qui suivent, sauf indisponibilité du
 * demandeur sur la période (le délai des 10 jours court à compter de la proposition de rendez-vous)").
 *
 * @param reference        the site's own reference of the request
 * @param requester        an élu / cadre territorial (37) or a user asking for an authorisation (40)
 * @param requestedOn      the day the request was received: the 4 working days run from it
 * @param proposedOn       the day the préfecture proposed a date: the 10 working days run from it
 * @param appointmentOn    the date proposed for the appointment
 * @param unavailableFrom  first day the requester said they were unavailable, if they did
 * @param unavailableUntil last day of that unavailability
 * @param receivedPerson   name and function of the person received (37.2)
 * @param receivedBy       name and function of whoever received them: a member of the corps préfectoral or the
 *                         cadre they designate (37.2)
 */
public record AppointmentFacts(String reference, AppointmentRequester requester, LocalDate requestedOn,
                               LocalDate proposedOn, LocalDate appointmentOn, LocalDate unavailableFrom,
                               LocalDate unavailableUntil, String receivedPerson, String receivedBy)
        implements RegisterFacts {

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        FactChecks c = new FactChecks(problems);
        c.text("reference", reference, true, 64);
        c.required("requester", requester);
        c.day("requestedOn", requestedOn, true);
        c.day("proposedOn", proposedOn, false);
        c.day("appointmentOn", appointmentOn, false);
        c.day("unavailableFrom", unavailableFrom, false);
        c.day("unavailableUntil", unavailableUntil, false);
        c.notBefore("proposedOn", proposedOn, "requestedOn", requestedOn);
        c.notBefore("appointmentOn", appointmentOn, "proposedOn", proposedOn);
        if (appointmentOn != null && proposedOn == null) {
            c.add("appointmentOn", "needs proposedOn: a date is fixed once it was proposed (37.1, 40.1)");
        }
        if ((unavailableFrom == null) != (unavailableUntil == null)) {
            c.add(unavailableFrom == null ? "unavailableFrom" : "unavailableUntil",
                    "unavailableFrom and unavailableUntil go together");
        }
        c.notBefore("unavailableUntil", unavailableUntil, "unavailableFrom", unavailableFrom);
        c.text("receivedPerson", receivedPerson, false, 200);
        c.text("receivedBy", receivedBy, false, 200);
        return problems;
    }
}
