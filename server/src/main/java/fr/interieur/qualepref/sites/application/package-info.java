/** Use cases of the sites: provisioning, module selection, deactivation, exclusions; each change audited. */
package fr.interieur.qualepref.sites.application;
