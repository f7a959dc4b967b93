package fr.interieur.qualepref.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process, with its own environment, stdin, stdout and stderr. */
final class CliRun {

    final Map<String, String> env = new HashMap<>();
    String stdin = "";
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    CliRun(Path configDir) {
        env.put("QUALEPREF_CONFIG_DIR", configDir.toString());
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new QualeprefCommand(env::get,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
