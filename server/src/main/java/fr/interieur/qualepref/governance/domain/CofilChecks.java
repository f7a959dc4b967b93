package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of IV.1 (responsibilities and COFIL), as the auditor's "méthode de contrôle" lists them: an organisation
 * chart and function descriptions exist; the quality manager is identified with a written mission; a COFIL exists,
 * installed by the préfet or the sous-préfet, with a formal composition; its minutes exist. The référentiel sets no
 * frequency for the COFIL: the platform expects at least one meeting with minutes in the year checked, reported as
 * "not yet due" until the year is over.
 */
public final class CofilChecks {

    private CofilChecks() {
    }

    public static List<ReadinessCheck> evaluate(int year, LocalDate today, Optional<Cofil> cofil,
                                                List<CofilMeeting> meetings) {
        List<ReadinessCheck> checks = new ArrayList<>();
        if (cofil.isEmpty()) {
            for (String code : List.of("COFIL_INSTALLED", "COFIL_COMPOSITION", "QUALITY_MANAGER",
                    "RESPONSIBILITIES_DOCUMENTED")) {
                checks.add(new ReadinessCheck(code, "IV.1", CheckStatus.NOT_MET, List.of("no COFIL is recorded")));
            }
        } else {
            Cofil c = cofil.get();
            checks.add(ReadinessCheck.met("COFIL_INSTALLED", "IV.1",
                    "installed by the " + (c.installedBy() == CofilInstaller.PREFET ? "préfet" : "sous-préfet")
                            + " on " + c.installedOn()));
            checks.add(ReadinessCheck.standing("COFIL_COMPOSITION", "IV.1",
                    c.compositionDocumentId() == null ? List.of("the COFIL's composition is not formalised in a "
                            + "document") : List.of(), "composition formalised (document " + c.compositionDocumentId()
                            + ")"));
            List<String> manager = new ArrayList<>();
            if (c.qualityManager() == null || c.qualityManager().isBlank()) {
                manager.add("no quality manager is designated");
            }
            if (c.qualityManagerMissionDocumentId() == null) {
                manager.add("no function description or mission letter of the quality manager");
            }
            checks.add(ReadinessCheck.standing("QUALITY_MANAGER", "IV.1", manager,
                    "quality manager: " + c.qualityManager()));
            List<String> responsibilities = new ArrayList<>();
            if (c.organisationChartDocumentId() == null) {
                responsibilities.add("no organisation chart");
            }
            if (c.functionDescriptionsDocumentId() == null) {
                responsibilities.add("no function descriptions");
            }
            checks.add(ReadinessCheck.standing("RESPONSIBILITIES_DOCUMENTED", "IV.1", responsibilities,
                    "organisation chart and function descriptions recorded"));
        }
        List<CofilMeeting> held = meetings.stream().filter(m -> m.heldOn().getYear() == year).toList();
        List<String> minutes = new ArrayList<>();
        if (held.isEmpty()) {
            minutes.add("no COFIL meeting in " + year);
        }
        held.stream().filter(m -> m.minutesDocumentId() == null)
                .forEach(m -> minutes.add("COFIL meeting of " + m.heldOn() + ": no minutes"));
        checks.add(ReadinessCheck.yearly("COFIL_MINUTES", "IV.1", year, today, minutes,
                held.size() + " COFIL meeting(s) in " + year + ", each with minutes"));
        return checks;
    }
}
