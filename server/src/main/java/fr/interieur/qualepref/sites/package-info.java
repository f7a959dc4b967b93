/** Sites as tenants: the préfectures, sous-préfectures and the Préfecture de police, their modules and exclusions. */
package fr.interieur.qualepref.sites;
