/** Governance use cases, in the site bound to the request, each change written to the audit trail. */
package fr.interieur.qualepref.governance.application;
