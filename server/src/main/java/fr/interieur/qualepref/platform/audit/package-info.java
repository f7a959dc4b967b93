/** The audit trail: every change, who made it, when, in which site, with a before/after summary. */
package fr.interieur.qualepref.platform.audit;
