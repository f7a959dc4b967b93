package fr.interieur.qualepref.referential.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the imported référentiel versions. Writing happens only through the importer, at start-up. */
public interface ReferentialRepository {

    /** All versions, newest effective date first. */
    List<ReferentialVersion> versions();

    Optional<ReferentialVersion> version(String code);

    List<Module> modules(ReferentialVersion version);

    /** Number of commitments per module number. */
    Map<Integer, Long> commitmentCounts(ReferentialVersion version);

    List<Commitment> commitments(ReferentialVersion version, Optional<Integer> moduleNumber);

    Optional<Commitment> commitment(ReferentialVersion version, int number);

    List<Requirement> requirements(ReferentialVersion version);

    List<GlossaryTerm> glossary(ReferentialVersion version);
}
