package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * Records the verdicts of a filled-in grid: the CSV of {@code audits grid ID -o csv} (or any CSV with the columns
 * {@code reference} and {@code verdict}, optionally {@code comment} and {@code evidence}), as auditors fill grids in a
 * spreadsheet. Lines whose verdict is empty or unchanged are skipped; each refused line is reported with its CSV line
 * and the others are still sent; exit 1 when any was refused.
 */
@Command(name = "verdicts", mixinStandardHelpOptions = true,
        description = "Records the verdicts of a filled-in grid CSV (from 'audits grid ID -o csv').")
public final class AuditsVerdictsCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Override
    protected int execute(Connection connection) {
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
        if (!rows.isEmpty() && (!rows.get(0).isMapped("reference") || !rows.get(0).isMapped("verdict"))) {
            throw new ParameterException(spec.commandLine(), file + " needs the columns reference and verdict");
        }
        var grid = connection.get(AuditPaths.audit(id) + "/grid").path("grid");
        Map<String, JsonNode> lines = new HashMap<>();
        grid.forEach(l -> lines.put(l.path("reference").asText(), l));
        int sent = 0;
        int skipped = 0;
        List<String> refused = new ArrayList<>();
        for (CSVRecord row : rows) {
            String reference = row.get("reference").strip();
            String verdict = row.get("verdict").strip();
            var line = lines.get(reference);
            if (line == null) {
                refused.add("line " + (row.getRecordNumber() + 1) + ": the grid has no line " + reference);
                continue;
            }
            String comment = row.isMapped("comment") ? row.get("comment").strip() : null;
            if (verdict.isEmpty() || verdict.equals(line.path("verdict").asText())
                    && (comment == null || comment.equals(line.path("comment").asText("")))) {
                skipped++;
                continue;
            }
            ObjectNode body = Json.object().put("verdict", verdict);
            if (comment != null && !comment.isEmpty()) {
                body.put("comment", comment);
            }
            if (row.isMapped("evidence") && !row.get("evidence").isBlank()) {
                var docs = body.putArray("evidence");
                for (String d : row.get("evidence").strip().split("[ ,]+")) {
                    docs.add(Long.parseLong(d));
                }
            }
            try {
                connection.put(AuditPaths.audit(id) + "/grid/" + line.path("id").asLong(), body);
                sent++;
            } catch (CommandFailure f) {
                if (f.exitCode() != ExitCodes.REFUSED) {
                    throw f;
                }
                refused.add("line " + (row.getRecordNumber() + 1) + " (" + reference + "): "
                        + f.getMessage().replaceAll("\\R", "; "));
            }
        }
        refused.forEach(r -> spec.commandLine().getErr().println(r));
        out().println("recorded " + sent + ", unchanged " + skipped + ", refused " + refused.size());
        out().flush();
        return refused.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
