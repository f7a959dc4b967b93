package fr.interieur.qualepref.referential.application;

/** Turns a référentiel data file into a document, or refuses it with file, line and field. */
public interface ReferentialParser {

    ReferentialDocument parse(String file, byte[] content);
}
