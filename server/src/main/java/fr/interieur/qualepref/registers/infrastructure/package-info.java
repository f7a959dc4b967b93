/** JPA storage of register entries; no query names a site (tenancy, ADR 0004). */
package fr.interieur.qualepref.registers.infrastructure;
