package fr.interieur.qualepref.referential.application;

import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.GlossaryTerm;
import fr.interieur.qualepref.referential.domain.Module;
import fr.interieur.qualepref.referential.domain.ModuleSelectionRules;
import fr.interieur.qualepref.referential.domain.ModuleSelectionViolation;
import fr.interieur.qualepref.referential.domain.ReferentialRepository;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.Requirement;
import fr.interieur.qualepref.referential.domain.SiteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading the référentiel: versions (with "latest"), modules, commitments, requirements, glossary. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferentialCatalog {

    /** The version name that always means the newest imported version. */
    public static final String LATEST = "latest";

    @Inject
    ReferentialRepository repository;

    public List<ReferentialVersion> versions() {
        return repository.versions();
    }

    public ReferentialVersion version(String code) {
        if (LATEST.equals(code)) {
            return repository.versions().stream().findFirst()
                    .orElseThrow(() -> new NotFound("No référentiel version is imported yet."));
        }
        return repository.version(code)
                .orElseThrow(() -> new NotFound("No référentiel version '" + code + "'."));
    }

    public List<Module> modules(ReferentialVersion version) {
        return repository.modules(version);
    }

    public Map<Integer, Long> commitmentCounts(ReferentialVersion version) {
        return repository.commitmentCounts(version);
    }

    public List<Commitment> commitments(ReferentialVersion version, Optional<Integer> module) {
        module.ifPresent(m -> {
            if (modules(version).stream().noneMatch(x -> x.number() == m)) {
                throw new InvalidRequest("Module " + m + " does not exist in référentiel " + version.code() + ".");
            }
        });
        return repository.commitments(version, module);
    }

    public Commitment commitment(ReferentialVersion version, int number) {
        return repository.commitment(version, number).orElseThrow(() -> new NotFound(
                "No commitment " + number + " in référentiel " + version.code() + "."));
    }

    public List<Requirement> requirements(ReferentialVersion version) {
        return repository.requirements(version);
    }

    public List<GlossaryTerm> glossary(ReferentialVersion version) {
        return repository.glossary(version);
    }

    /** The rules of II.2 against this version's modules. */
    public List<ModuleSelectionViolation> checkModuleSelection(ReferentialVersion version, SiteType siteType,
                                                               boolean hasCert, Set<Integer> modules) {
        return new ModuleSelectionRules(modules(version).stream().map(Module::terms).toList())
                .check(siteType, hasCert, modules);
    }
}
