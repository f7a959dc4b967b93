/**
 * The HTTP side of identity: the authentication filter and authorisation feature every route goes through, the token,
 * user and key-rotation resources, and the JWKS servlet.
 */
package fr.interieur.qualepref.security.api;
