package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.DocumentaryReadinessChecks;
import fr.interieur.qualepref.documents.domain.Documents;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.ReadinessContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Contributes IV.2 to a site's readiness; called inside the site's binding (the documents are the site's). */
@ApplicationScoped
public class DocumentaryReadiness implements ReadinessContributor {

    @Inject
    Documents documents;

    @Override
    public List<ReadinessCheck> checks(long siteId, int year, LocalDate today) {
        // a withdrawn document is kept for audits but is no longer in force
        return DocumentaryReadinessChecks.evaluate(documents.all().stream().filter(d -> !d.withdrawn())
                .map(d -> new DocumentaryReadinessChecks.Facts(d.kind(), d.title(), d.reviewDate())).toList(), today);
    }
}
