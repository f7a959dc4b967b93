/** The caller, its role grants, and the roles of the platform. */
package fr.interieur.qualepref.security.domain;
