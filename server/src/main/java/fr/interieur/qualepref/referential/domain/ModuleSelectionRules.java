package fr.interieur.qualepref.referential.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chapter II.2 of the référentiel: which modules an engaged site may and must take.
 * <ul>
 *   <li>module 1 is mandatory;</li>
 *   <li>a site with a CERT (préfecture or sous-préfecture) takes modules 1 and 2 at least; module 2 is for them only;</li>
 *   <li>a préfecture without a CERT takes module 1 and at least one business module other than 2;</li>
 *   <li>a sous-préfecture without a CERT that engages takes module 1 and at least one of the business modules open to
 *       sous-préfectures (3, 4, 5, 6 in the 2019 text);</li>
 *   <li>a module is taken only by the site types its column of the summary table opens it to (7: préfectures;
 *       8: the Préfecture de police de Paris).</li>
 * </ul>
 * The modules come from the référentiel version the site follows, so a new version with other modules needs no code.
 */
public final class ModuleSelectionRules {

    private final Map<Integer, ModuleTerms> modules;

    public ModuleSelectionRules(Collection<ModuleTerms> modules) {
        this.modules = modules.stream().collect(Collectors.toUnmodifiableMap(ModuleTerms::number,
                Function.identity()));
    }

    /** Every rule the selection breaks, in the order of II.2; empty when the selection is accepted. */
    public List<ModuleSelectionViolation> check(SiteType siteType, boolean hasCert, Set<Integer> selection) {
        List<ModuleSelectionViolation> violations = new ArrayList<>();
        Set<Integer> known = new TreeSet<>();
        for (int number : new TreeSet<>(selection)) {
            if (modules.containsKey(number)) {
                known.add(number);
            } else {
                violations.add(ModuleSelectionRule.UNKNOWN_MODULE.violation(number));
            }
        }
        if (known.stream().noneMatch(n -> modules.get(n).kind() == ModuleKind.MANDATORY)) {
            violations.add(ModuleSelectionRule.MODULE_1_MANDATORY.violation());
        }
        boolean takesCertModule = known.stream().anyMatch(n -> modules.get(n).certOnly());
        if (hasCert && !takesCertModule) {
            violations.add(ModuleSelectionRule.CERT_REQUIRES_MODULE_2.violation());
        }
        if (!hasCert && takesCertModule) {
            violations.add(ModuleSelectionRule.MODULE_2_REQUIRES_CERT.violation());
        }
        for (int number : known) {
            ModuleTerms module = modules.get(number);
            if (!module.appliesTo().contains(siteType)) {
                violations.add(ModuleSelectionRule.MODULE_NOT_OPEN_TO_SITE_TYPE.violation(number,
                        siteType.name()));
            }
        }
        if (!hasCert) {
            Set<Integer> eligible = eligibleBusinessModules(siteType);
            boolean takesOne = known.stream().anyMatch(eligible::contains);
            if (!takesOne && siteType == SiteType.SOUS_PREFECTURE) {
                violations.add(ModuleSelectionRule.SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE.violation(
                        eligible.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            } else if (!takesOne) {
                violations.add(ModuleSelectionRule.PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE.violation());
            }
        }
        return List.copyOf(violations);
    }

    /** The business modules a site of this type without a CERT may count as its "module métier au choix". */
    Set<Integer> eligibleBusinessModules(SiteType siteType) {
        return modules.values().stream()
                .filter(m -> m.isBusiness() && !m.certOnly() && m.appliesTo().contains(siteType))
                .map(ModuleTerms::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
