/** End-to-end tests of the packaged {@code qualepref} CLI against the deployed server. */
package fr.interieur.qualepref.cli;
