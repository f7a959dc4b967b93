/** Indicator figures, periods, and how a référentiel definition selects register entries. */
package fr.interieur.qualepref.indicators.domain;
