package fr.interieur.qualepref.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the completion script, generated from the command tree so it never lags behind a new command. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints the bash completion script (zsh: after 'autoload -U bashcompinit && bashcompinit').",
                "Use: source <(qualepref completion)"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("qualepref", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
