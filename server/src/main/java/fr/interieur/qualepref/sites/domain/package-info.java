/** The site registry, its module selection (II.2) and the commitments a sous-préfecture does not apply. */
package fr.interieur.qualepref.sites.domain;
