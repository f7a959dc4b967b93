package fr.interieur.qualepref.documents.domain;

import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * IV.2 "Organisation documentaire" as the documentary system shows it: reference documents (procedures, guides) and
 * records exist; reference documents are kept up to date ("établis, diffusés et mis à jour"): none past its review
 * date; shared template replies exist ("dossier partagé de réponses type"). The written rules for the documents and
 * the list of records are checked by the auditor on the documents themselves; the list of records is what
 * {@code GET /sites/{code}/documents?kind=RECORD} produces.
 */
public final class DocumentaryReadinessChecks {

    private DocumentaryReadinessChecks() {
    }

    /** What a check needs of a document. */
    public record Facts(DocumentKind kind, String title, LocalDate reviewDate) {
    }

    public static List<ReadinessCheck> evaluate(List<Facts> documents, LocalDate today) {
        List<ReadinessCheck> checks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long references = documents.stream().filter(d -> d.kind() == DocumentKind.REFERENCE).count();
        long records = documents.stream().filter(d -> d.kind() == DocumentKind.RECORD).count();
        if (references == 0) {
            missing.add("no reference document (procedure, guide for the agents)");
        }
        if (records == 0) {
            missing.add("no record proving that the commitments are applied");
        }
        checks.add(ReadinessCheck.standing("DOCUMENTARY_SYSTEM", "IV.2", missing,
                references + " reference document(s) and " + records + " record(s)"));
        List<String> overdue = documents.stream()
                .filter(d -> d.kind() == DocumentKind.REFERENCE && d.reviewDate() != null
                        && d.reviewDate().isBefore(today))
                .sorted(Comparator.comparing(Facts::reviewDate))
                .map(d -> "'" + d.title() + "' was due for review on " + d.reviewDate()).toList();
        checks.add(ReadinessCheck.standing("DOCUMENTS_REVIEWED", "IV.2", overdue,
                "no reference document is past its review date"));
        boolean templates = documents.stream().anyMatch(d -> d.kind() == DocumentKind.TEMPLATE_REPLY);
        checks.add(ReadinessCheck.standing("TEMPLATE_REPLIES", "IV.2",
                templates ? List.of() : List.of("no shared template reply"),
                "shared template replies exist"));
        return checks;
    }
}
