package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "auditors", mixinStandardHelpOptions = true,
        description = "The regional pools of internal auditors (V.2): list, add a trained member, withdraw one.",
        subcommands = {AuditorsListCommand.class, AuditorsAddCommand.class, AuditorsWithdrawCommand.class})
public final class AuditorsCommand extends GroupCommand {
}
