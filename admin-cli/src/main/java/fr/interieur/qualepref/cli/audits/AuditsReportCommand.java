package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the audit report, one printable HTML page, to a file or stdout.")
public final class AuditsReportCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path file;

    @Override
    protected int execute(Connection connection) {
        String html = connection.text(AuditPaths.audit(id) + "/report", "text/html");
        if (file == null) {
            out().print(html);
            out().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write " + file + ": " + e.getMessage());
        }
        out().println("Report of audit " + id + " written to " + file + ".");
        out().flush();
        return ExitCodes.OK;
    }
}
