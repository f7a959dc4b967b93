package fr.interieur.qualepref.registers.application;

import java.util.List;

/**
 * What an import did: every rejected line with its column and reason; nothing is stored when one line is wrong, nor
 * in a dry run.
 *
 * @param dryRun   the file was only checked
 * @param lines    the data lines read (the header excluded)
 * @param accepted the lines that passed every check
 * @param stored   whether the entries are now in the register
 * @param rejected every refusal, in line order
 */
public record ImportReport(boolean dryRun, int lines, int accepted, boolean stored, List<Rejection> rejected) {

    /** One refusal: the line of the file (the header is line 1), the column, and why. */
    public record Rejection(long line, String column, String reason) {
    }
}
