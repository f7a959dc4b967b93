/**
 * Governance records of a site (chapters IV and V of the référentiel): action plans, the comité des usagers, the
 * COFIL, the bilan annuel, the training of agents, and the site's readiness computed from them.
 */
package fr.interieur.qualepref.governance;
