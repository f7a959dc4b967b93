/** {@code qualepref users}: the platform's users and the roles they hold on sites, regions or nationally. */
package fr.interieur.qualepref.cli.users;
