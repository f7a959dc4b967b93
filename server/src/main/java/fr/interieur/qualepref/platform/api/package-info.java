/**
 * REST plumbing shared by every context: the JAX-RS application under {@code /api/v1}, RFC 9457 problem+json for every
 * error, and the request-size limit.
 */
package fr.interieur.qualepref.platform.api;
