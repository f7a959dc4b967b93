/** HTTP routes of the audits capability: /sites/{code}/audits, /sites/{code}/label, /audits/{id}…, /reports. */
package fr.interieur.qualepref.audits.api;
