package fr.interieur.qualepref.cli.connection;

/** The exit codes the root command's help lists; scripts depend on them. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    private ExitCodes() {
    }
}
