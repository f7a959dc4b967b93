/**
 * Identity: users, their role grants and the roles of the platform, the caller of a request, refresh tokens and
 * signing keys, and the rules on them (password policy, login throttle).
 */
package fr.interieur.qualepref.security.domain;
