/** {@code qualepref reports}: the national consolidation reports. */
package fr.interieur.qualepref.cli.reports;
