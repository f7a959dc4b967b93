package fr.interieur.qualepref.referential.domain;

import java.util.Set;

/** What the module-selection rules need to know of a module, detached from persistence. */
public record ModuleTerms(int number, ModuleKind kind, boolean certOnly, Set<SiteType> appliesTo) {

    public ModuleTerms {
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean isBusiness() {
        return kind == ModuleKind.BUSINESS;
    }
}
