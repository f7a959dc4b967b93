package fr.interieur.qualepref.sites.domain;

import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import fr.interieur.qualepref.referential.domain.ModuleSelectionRules;
import fr.interieur.qualepref.referential.domain.ModuleTerms;
import fr.interieur.qualepref.referential.domain.SiteType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * II.2 "Qui est concerné ?" and "Quels modules retenir ?": every préfecture and every site with a CERT is engaged; a
 * sous-préfecture without a CERT may stay out, and then takes no module; an engaged site's modules obey
 * {@link ModuleSelectionRules}. Checked on creation, on every change of modules, CERT flag or engagement.
 */
public final class EngagementRules {

    private EngagementRules() {
    }

    public static List<Broken> check(SiteType type, boolean hasCert, boolean engaged, Set<Integer> modules,
                                     Collection<ModuleTerms> referentialModules) {
        List<Broken> broken = new ArrayList<>();
        if (!engaged) {
            if (type != SiteType.SOUS_PREFECTURE || hasCert) {
                broken.add(new Broken("ENGAGEMENT_MANDATORY", "II.2",
                        "toutes les préfectures et tous les sites dotés d'un CERT s'engagent dans la démarche",
                        "every préfecture and every site with a CERT must be engaged"));
            }
            if (!modules.isEmpty()) {
                broken.add(new Broken("NOT_ENGAGED_TAKES_NO_MODULE", "II.2",
                        "un site qui ne s'engage pas ne retient aucun module",
                        "a site that is not engaged takes no module"));
            }
            return broken;
        }
        new ModuleSelectionRules(referentialModules).check(type, hasCert, modules).forEach(v -> broken.add(
                new Broken(v.rule().name(), v.rule().reference(), v.french(), v.english())));
        return broken;
    }
}
