/** Servlet-level plumbing: problem+json for errors that happen outside JAX-RS (unknown paths, container limits). */
package fr.interieur.qualepref.platform.web;
