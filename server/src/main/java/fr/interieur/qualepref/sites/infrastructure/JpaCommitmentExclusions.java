package fr.interieur.qualepref.sites.infrastructure;

import fr.interieur.qualepref.sites.domain.CommitmentExclusion;
import fr.interieur.qualepref.sites.domain.CommitmentExclusions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * No query here names a site: EclipseLink adds {@code site_id = <bound site>} to each (the entity is
 * {@code @Multitenant}), and row-level security filters again in PostgreSQL.
 */
@ApplicationScoped
public class JpaCommitmentExclusions implements CommitmentExclusions {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<CommitmentExclusion> all() {
        return em.createQuery("SELECT e FROM CommitmentExclusion e ORDER BY e.commitmentNumber",
                CommitmentExclusion.class).getResultList();
    }

    @Override
    public Optional<CommitmentExclusion> forCommitment(int number) {
        return em.createQuery("SELECT e FROM CommitmentExclusion e WHERE e.commitmentNumber = :n",
                CommitmentExclusion.class).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public void store(CommitmentExclusion exclusion) {
        em.persist(exclusion);
        em.flush();
    }

    @Override
    public void remove(CommitmentExclusion exclusion) {
        em.remove(exclusion);
        em.flush();
    }
}
