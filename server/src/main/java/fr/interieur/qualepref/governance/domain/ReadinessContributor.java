package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks of chapters IV–V that other capabilities own (the audits of V.2 and V.3, the documentary organisation of
 * IV.2): each contributes its checks to a site's readiness without governance depending on it. Called inside the
 * site's binding.
 */
public interface ReadinessContributor {

    List<ReadinessCheck> checks(long siteId, int year, LocalDate today);
}
