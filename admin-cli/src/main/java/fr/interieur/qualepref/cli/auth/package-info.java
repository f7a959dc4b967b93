/** Logging in and out: the refresh token kept between runs. */
package fr.interieur.qualepref.cli.auth;
