/**
 * The few failures the application layer raises, free of JAX-RS so domain and application code can throw them; the
 * REST layer turns each into an RFC 9457 problem.
 */
package fr.interieur.qualepref.platform.errors;
