package fr.interieur.qualepref.governance.infrastructure;

import fr.interieur.qualepref.governance.domain.AnnualReview;
import fr.interieur.qualepref.governance.domain.Cofil;
import fr.interieur.qualepref.governance.domain.CofilMeeting;
import fr.interieur.qualepref.governance.domain.CofilRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCofilRepository extends JpaGovernanceStore implements CofilRepository {

    @Override
    public Optional<Cofil> cofil() {
        return one(Cofil.class, "SELECT c FROM Cofil c");
    }

    @Override
    public List<CofilMeeting> meetings() {
        return list(CofilMeeting.class, "SELECT m FROM CofilMeeting m ORDER BY m.heldOn, m.id");
    }

    @Override
    public List<AnnualReview> reviews() {
        return list(AnnualReview.class, "SELECT r FROM AnnualReview r ORDER BY r.heldOn, r.id");
    }

    @Override
    public Optional<AnnualReview> review(long id) {
        return one(AnnualReview.class, "SELECT r FROM AnnualReview r WHERE r.id = :id", "id", id);
    }

    @Override
    public void store(Cofil cofil) {
        save(cofil);
    }

    @Override
    public void store(CofilMeeting meeting) {
        save(meeting);
    }

    @Override
    public void store(AnnualReview review) {
        save(review);
    }
}
