/** Users, roles and grants, password login, JJWT tokens and the caller of each request. */
package fr.interieur.qualepref.security;
