package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import fr.interieur.qualepref.cli.sites.SiteImport.Step;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * Provisions the sites of the tenants/ data files: creates what the server lacks, updates what differs, leaves the
 * rest. Idempotent: a second run changes nothing. One refused row or file never stops the others; the exit code is 1
 * when anything was refused. {@code --dry-run} sends no change and checks each module set against II.2 with the
 * server's {@code module-selection-checks}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Creates and updates sites from the tenants/ data files (tenants/README.md).",
                "Ends with a summary: created, updated, unchanged, refused (with reasons). Exit code 1 when a row "
                        + "or a file was refused."})
public final class SitesImportCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "PATH", description = "A folder (its *.csv files) or one CSV file.")
    Path path;

    @Option(names = "--dry-run", description = "Shows what would change; changes nothing.")
    boolean dryRun;

    /** One line of the summary. */
    private record Result(String code, String file, long line, String outcome, List<String> changes, String reason) {
    }

    private static final List<Column> COLUMNS = List.of(Column.field("code"), Column.field("file"),
            Column.field("line"), Column.field("outcome"), Column.field("changes"), Column.field("reason"));

    @Override
    protected int execute(Connection connection) {
        if (!Files.exists(path)) {
            throw new ParameterException(spec.commandLine(), "no such file or folder: " + path);
        }
        List<Path> files = TenantFiles.dataFiles(path);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no *.csv data file in " + path);
        }
        TenantFiles.Contents contents = TenantFiles.read(files);
        Map<String, JsonNode> existing = new HashMap<>();
        connection.get("/sites").forEach(site -> existing.put(site.path("code").asText(), site));

        List<Result> results = new ArrayList<>();
        contents.refusals().forEach(r -> results.add(new Result(r.code(), r.file(), r.line(), "refused", List.of(),
                r.reason())));
        List<Step> steps = SiteImport.plan(contents.rows(), existing);
        try (Progress progress = Progress.start(output.format() == OutputOptions.Format.table, steps.size())) {
            for (Step step : steps) {
                results.add(run(connection, step));
                progress.step();
            }
        }
        print(results);
        return results.stream().anyMatch(r -> r.outcome().equals("refused")) ? ExitCodes.REFUSED : ExitCodes.OK;
    }

    private Result run(Connection connection, Step step) {
        SiteRow row = step.row();
        try {
            switch (step.kind()) {
                case CREATE -> {
                    if (dryRun) {
                        checkModules(connection, row);
                    } else {
                        connection.post("/sites", step.body());
                    }
                    return result(row, "created", List.of(), null);
                }
                case UPDATE -> {
                    if (dryRun) {
                        checkModules(connection, row);
                    } else {
                        connection.put(SitePaths.site(row.code()), step.body());
                    }
                    return result(row, "updated", step.changes(), null);
                }
                case UNCHANGED -> {
                    return result(row, "unchanged", List.of(), null);
                }
                default -> {
                    return result(row, "refused", List.of(), step.reason());
                }
            }
        } catch (CommandFailure f) {
            if (f.exitCode() != ExitCodes.REFUSED) {
                throw f; // the server is gone or the session expired: stop, nothing more would succeed
            }
            return result(row, "refused", List.of(), f.getMessage().replaceAll("\\R", "; "));
        }
    }

    private final Map<String, JsonNode> checks = new HashMap<>();

    /** The II.2 module rules, as the server will apply them; a non-engaged site takes no module to check. */
    private void checkModules(Connection connection, SiteRow row) {
        if (!row.engaged()) {
            return;
        }
        String key = row.type() + "|" + row.cert() + "|" + new TreeSet<>(row.modules());
        JsonNode answer = checks.computeIfAbsent(key, k -> {
            ObjectNode body = Json.object().put("siteType", row.type().name()).put("hasCert", row.cert());
            row.modules().forEach(body.putArray("modules")::add);
            return connection.post("/referential/latest/module-selection-checks", body);
        });
        if (!answer.path("accepted").asBoolean()) {
            List<String> reasons = new ArrayList<>();
            answer.path("violations").forEach(v -> reasons.add(v.path("en").asText() + " ("
                    + v.path("rule").asText() + ", " + v.path("reference").asText() + ")"));
            throw new CommandFailure(ExitCodes.REFUSED, String.join("; ", reasons));
        }
    }

    private Result result(SiteRow row, String outcome, List<String> changes, String reason) {
        return new Result(row.code(), row.file(), row.line(), outcome, changes, reason);
    }

    private void print(List<Result> results) {
        Map<String, Long> byOutcome = new HashMap<>();
        results.forEach(r -> byOutcome.merge(r.outcome(), 1L, Long::sum));
        ArrayNode rows = Json.array(List.of());
        for (Result r : results) {
            ObjectNode node = rows.addObject().put("code", r.code()).put("file", r.file()).put("line", r.line())
                    .put("outcome", r.outcome());
            r.changes().forEach(node.putArray("changes")::add);
            node.put("reason", r.reason());
        }
        String summary = (dryRun ? "dry run, nothing changed: would have " : "")
                + "created " + byOutcome.getOrDefault("created", 0L)
                + ", updated " + byOutcome.getOrDefault("updated", 0L)
                + ", unchanged " + byOutcome.getOrDefault("unchanged", 0L)
                + ", refused " + byOutcome.getOrDefault("refused", 0L);
        switch (output.format()) {
            case json -> {
                ObjectNode answer = Json.object().put("dryRun", dryRun);
                for (String outcome : List.of("created", "updated", "unchanged", "refused")) {
                    answer.put(outcome, byOutcome.getOrDefault(outcome, 0L));
                }
                answer.set("sites", rows);
                out().println(Json.pretty(answer));
                out().flush();
            }
            case csv -> output.printList(out(), rows, COLUMNS);
            case table -> {
                for (Result r : results) {
                    if (!r.outcome().equals("unchanged")) {
                        out().println(line(r));
                    }
                }
                out().println(summary);
                out().flush();
            }
        }
    }

    private String line(Result r) {
        String verb = dryRun && !r.outcome().equals("refused")
                ? "would be " + r.outcome() : r.outcome();
        String where = r.file() + ":" + r.line();
        return switch (r.outcome()) {
            case "refused" -> verb + "  " + (r.code().isEmpty() ? "" : r.code() + "  ") + where + "  " + r.reason();
            case "updated" -> verb + "  " + r.code() + "  " + String.join(", ", r.changes());
            default -> verb + "  " + r.code();
        };
    }

    /** A progress bar on stderr when a person watches a terminal; nothing for scripts and pipes. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(boolean human, int total) {
            if (!human || System.console() == null) {
                return new Progress(null);
            }
            PrintStream err = System.err;
            return new Progress(new ProgressBarBuilder().setTaskName("sites").setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build());
        }

        void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
