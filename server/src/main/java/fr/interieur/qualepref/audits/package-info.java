/**
 * Audits and the label lifecycle (chapter V of the référentiel): scheduling under the rule "internal audit or
 * self-assessment about 2 months before an external audit" (V.2), the auditor's access window, the audit grid built
 * from the site's modules with its verdicts and evidence, and the label decisions with their validity.
 */
package fr.interieur.qualepref.audits;
