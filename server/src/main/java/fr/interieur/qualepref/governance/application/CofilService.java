package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.AnnualReview;
import fr.interieur.qualepref.governance.domain.Cofil;
import fr.interieur.qualepref.governance.domain.CofilMeeting;
import fr.interieur.qualepref.governance.domain.CofilRepository;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The COFIL with the responsibilities it follows (IV.1), its meetings, and the bilans annuels (V.1). */
@ApplicationScoped
@Transactional
@SiteScoped
public class CofilService {

    @Inject
    CofilRepository records;

    @Inject
    EvidenceDocuments documents;

    @Inject
    GovernanceAudit audit;

    @Inject
    Today today;

    /** The COFIL with its meetings. */
    public record CofilDetails(Cofil cofil, List<CofilMeeting> meetings) {
    }

    public CofilDetails cofil() {
        audit.read("Cofil");
        return new CofilDetails(existing(), records.meetings());
    }

    /** Records the COFIL, or replaces its description. */
    public CofilDetails define(CofilCommand c) {
        new PastDates("IV.1", today.date()).notFuture("installedOn", c.installedOn()).check();
        requireDocuments(c.compositionDocumentId(), c.qualityManagerMissionDocumentId(),
                c.organisationChartDocumentId(), c.functionDescriptionsDocumentId());
        var current = records.cofil();
        Cofil cofil = current.orElseGet(() -> new Cofil(c.installedBy(), c.installedOn()));
        String before = current.map(Cofil::toString).orElse(null);
        cofil.describe(c.installedBy(), c.installedOn(), c.composition(), c.compositionDocumentId(),
                c.qualityManager(), c.qualityManagerMissionDocumentId(), c.organisationChartDocumentId(),
                c.functionDescriptionsDocumentId());
        records.store(cofil);
        audit.changed("Cofil", cofil.id(), current.isPresent() ? "UPDATE" : "CREATE", before, cofil);
        return new CofilDetails(cofil, records.meetings());
    }

    public CofilMeeting addMeeting(LocalDate heldOn, String agenda, Long minutesDocumentId) {
        Cofil cofil = existing();
        new PastDates("IV.1", today.date()).notFuture("heldOn", heldOn)
                .notBefore("heldOn", heldOn, "installedOn", cofil.installedOn()).check();
        requireDocuments(minutesDocumentId);
        CofilMeeting meeting = new CofilMeeting(heldOn, agenda, minutesDocumentId);
        records.store(meeting);
        audit.changed("CofilMeeting", meeting.id(), "CREATE", null, meeting);
        return meeting;
    }

    public List<AnnualReview> reviews() {
        audit.read("AnnualReview");
        return records.reviews();
    }

    public AnnualReview recordReview(ReviewCommand c) {
        AnnualReview review = new AnnualReview(c.heldOn());
        apply(review, c);
        audit.changed("AnnualReview", review.id(), "CREATE", null, review);
        return review;
    }

    public AnnualReview updateReview(long id, ReviewCommand c) {
        AnnualReview review = records.review(id).orElseThrow(() -> new NotFound("No bilan annuel " + id
                + " in this site."));
        String before = review.toString();
        apply(review, c);
        audit.changed("AnnualReview", review.id(), "UPDATE", before, review);
        return review;
    }

    private void apply(AnnualReview review, ReviewCommand c) {
        new PastDates("V.1", today.date()).notFuture("heldOn", c.heldOn())
                .notFuture("staffInformedOn", c.staffInformedOn())
                .notFuture("technicalCommitteeOn", c.technicalCommitteeOn())
                .notBefore("staffInformedOn", c.staffInformedOn(), "heldOn", c.heldOn())
                .notBefore("technicalCommitteeOn", c.technicalCommitteeOn(), "heldOn", c.heldOn()).check();
        requireDocuments(c.minutesDocumentId());
        review.record(c.heldOn(), c.attendance(), c.attendees(), c.inputs(), c.minutesDocumentId(),
                c.staffInformedOn(), c.technicalCommitteeOn());
        records.store(review);
    }

    private Cofil existing() {
        return records.cofil().orElseThrow(() -> new NotFound("No COFIL is recorded for this site."));
    }

    private void requireDocuments(Long... ids) {
        Stream.of(ids).filter(id -> id != null).forEach(documents::requireExists);
    }
}
