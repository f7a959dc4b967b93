/** Recording, correcting and importing register entries (CSV, all or nothing), with their audit trail. */
package fr.interieur.qualepref.registers.application;
