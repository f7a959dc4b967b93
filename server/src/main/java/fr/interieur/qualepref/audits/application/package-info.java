/** The audits capability's transactions: scheduling, the grid, closing, label decisions, national views. */
package fr.interieur.qualepref.audits.application;
