/** Computing a site's indicators from the référentiel's definitions. */
package fr.interieur.qualepref.indicators.application;
