package fr.interieur.qualepref.registers.domain;

/** How a polices administratives file reached the site. */
public enum FileChannel {
    /** On paper, at the counter or by post. */
    PAPER,
    /** Through a téléprocédure (39: the user is contacted from it when the file is incomplete, 39.2). */
    TELEPROCEDURE
}
