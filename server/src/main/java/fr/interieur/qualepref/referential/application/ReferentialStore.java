package fr.interieur.qualepref.referential.application;

/** Where imported référentiel versions are kept. */
public interface ReferentialStore {

    enum Outcome {
        /** The version was new and is now stored. */
        IMPORTED,
        /** The same file was imported before: nothing to do. */
        UNCHANGED,
        /** A version with this code exists with other content; it is kept, the file is not imported. */
        CONFLICT
    }

    /** Stores the version whole, or nothing. */
    Outcome store(ReferentialDocument document);
}
