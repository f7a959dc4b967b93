package fr.interieur.qualepref.referential.application;

/**
 * A référentiel data file that cannot be imported, with where the problem is: file, line and field. Nothing of the
 * file is stored when this is thrown; versions already imported stay as they were.
 */
public class ReferentialFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public ReferentialFormatException(String file, int line, String field, String problem) {
        super(file + ", line " + line + ", field " + field + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
