package fr.interieur.qualepref.referential.infrastructure;

import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.GlossaryTerm;
import fr.interieur.qualepref.referential.domain.Module;
import fr.interieur.qualepref.referential.domain.ReferentialRepository;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** JPQL reads of the référentiel tables. */
@ApplicationScoped
public class JpaReferentialRepository implements ReferentialRepository {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<ReferentialVersion> versions() {
        return em.createQuery("SELECT v FROM ReferentialVersion v", ReferentialVersion.class).getResultList()
                .stream()
                .sorted(Comparator.comparing(ReferentialVersion::effectiveOn).thenComparing(ReferentialVersion::code)
                        .reversed())
                .toList();
    }

    @Override
    public Optional<ReferentialVersion> version(String code) {
        return em.createQuery("SELECT v FROM ReferentialVersion v WHERE v.code = :code", ReferentialVersion.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Module> modules(ReferentialVersion version) {
        return em.createQuery("SELECT m FROM Module m WHERE m.version = :v ORDER BY m.number", Module.class)
                .setParameter("v", version).getResultList();
    }

    @Override
    public Map<Integer, Long> commitmentCounts(ReferentialVersion version) {
        return em.createQuery("SELECT c.module.number, COUNT(c) FROM Commitment c WHERE c.version = :v "
                        + "GROUP BY c.module.number", Object[].class)
                .setParameter("v", version).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).intValue(), r -> ((Number) r[1]).longValue()));
    }

    @Override
    public List<Commitment> commitments(ReferentialVersion version, Optional<Integer> moduleNumber) {
        if (moduleNumber.isPresent()) {
            return em.createQuery("SELECT c FROM Commitment c WHERE c.version = :v AND c.module.number = :m "
                            + "ORDER BY c.number", Commitment.class)
                    .setParameter("v", version).setParameter("m", moduleNumber.get()).getResultList();
        }
        return em.createQuery("SELECT c FROM Commitment c WHERE c.version = :v ORDER BY c.number", Commitment.class)
                .setParameter("v", version).getResultList();
    }

    @Override
    public Optional<Commitment> commitment(ReferentialVersion version, int number) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.version = :v AND c.number = :n", Commitment.class)
                .setParameter("v", version).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<Requirement> requirements(ReferentialVersion version) {
        return em.createQuery("SELECT r FROM Requirement r WHERE r.version = :v ORDER BY r.chapter, r.number",
                Requirement.class).setParameter("v", version).getResultList();
    }

    @Override
    public List<GlossaryTerm> glossary(ReferentialVersion version) {
        return em.createQuery("SELECT g FROM GlossaryTerm g WHERE g.version = :v ORDER BY g.rank",
                GlossaryTerm.class).setParameter("v", version).getResultList();
    }
}
