package fr.interieur.qualepref.sites.domain;

import java.util.List;
import java.util.Optional;

/** The exclusions of the site bound to the current transaction (never of another: see platform.tenancy). */
public interface CommitmentExclusions {

    List<CommitmentExclusion> all();

    Optional<CommitmentExclusion> forCommitment(int number);

    void store(CommitmentExclusion exclusion);

    void remove(CommitmentExclusion exclusion);
}
