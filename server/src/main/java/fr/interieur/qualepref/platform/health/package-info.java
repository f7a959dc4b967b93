/** MicroProfile Health checks: live when the process answers, ready when the database and start-up are. */
package fr.interieur.qualepref.platform.health;
