package fr.interieur.qualepref.governance.domain;

import java.util.List;
import java.util.Optional;

/** The COFIL, its meetings and the bilans annuels of the site bound to the current transaction. */
public interface CofilRepository {

    Optional<Cofil> cofil();

    List<CofilMeeting> meetings();

    List<AnnualReview> reviews();

    Optional<AnnualReview> review(long id);

    void store(Cofil cofil);

    void store(CofilMeeting meeting);

    void store(AnnualReview review);
}
