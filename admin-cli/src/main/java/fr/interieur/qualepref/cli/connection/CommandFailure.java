package fr.interieur.qualepref.cli.connection;

/**
 * Ends a command with an exit code and a message for the user. It carries no stack trace: the user reads the
 * message, never a trace.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final int httpStatus;

    public CommandFailure(int exitCode, String message) {
        this(exitCode, message, 0);
    }

    /** @param httpStatus the server's status when the server refused, else 0 */
    public CommandFailure(int exitCode, String message, int httpStatus) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    public int exitCode() {
        return exitCode;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
