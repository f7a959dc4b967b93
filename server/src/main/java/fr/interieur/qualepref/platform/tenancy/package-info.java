/**
 * Tenant isolation (docs/adr/0004-tenancy.md): the site a request works in, bound once per transaction to both
 * layers — EclipseLink's tenant discriminator (layer 1) and PostgreSQL row-level security (layer 2).
 */
package fr.interieur.qualepref.platform.tenancy;
