/** Security use cases, and the caller of the current request. */
package fr.interieur.qualepref.security.application;
