/** The registers a site keeps of the events its indicators are computed from (correspondence, ...). */
package fr.interieur.qualepref.registers;
