package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.EvidenceReference;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks that the references a document claims to prove exist in the site's référentiel: commitment "17", its item
 * "17.2", or a disposition "IV.2" of chapters IV and V; and gives the modules of those commitments.
 */
@ApplicationScoped
public class EvidenceReferences {

    @Inject
    ReferentialCatalog catalog;

    /** The modules of the referenced commitments, "1 4"; throws InvalidRequest for an unknown reference. */
    public String checkAndListModules(ReferentialVersion version, List<EvidenceReference> refs) {
        TreeSet<Integer> modules = new TreeSet<>();
        List<Requirement> requirements = null;
        for (EvidenceReference ref : refs) {
            if (ref.isDisposition()) {
                if (requirements == null) {
                    requirements = catalog.requirements(version);
                }
                if (requirements.stream().noneMatch(r -> r.code().equals(ref.code()))) {
                    throw new InvalidRequest("Disposition " + ref.code() + " does not exist in référentiel "
                            + version.code() + ".");
                }
                continue;
            }
            int number = ref.commitment().orElseThrow();
            Commitment commitment;
            try {
                commitment = catalog.commitment(version, number);
            } catch (NotFound e) {
                throw new InvalidRequest("Commitment " + number + " does not exist in référentiel " + version.code()
                        + ".");
            }
            if (ref.isItem() && commitment.items().stream().noneMatch(i -> i.number().equals(ref.code()))) {
                throw new InvalidRequest("Commitment " + number + " has no item " + ref.code() + " in référentiel "
                        + version.code() + ".");
            }
            modules.add(commitment.module().number());
        }
        return String.join(" ", modules.stream().map(String::valueOf).toList());
    }
}
