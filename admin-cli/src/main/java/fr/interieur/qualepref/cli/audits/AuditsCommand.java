package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "audits", mixinStandardHelpOptions = true,
        description = "Audits (chapter V): schedule, move, cancel, assess the grid, close, export.",
        subcommands = {AuditsScheduleCommand.class, AuditsListCommand.class, AuditsShowCommand.class,
                AuditsRescheduleCommand.class, AuditsCancelCommand.class, AuditsAssignCommand.class,
                AuditsGridCommand.class, AuditsAssessCommand.class, AuditsVerdictsCommand.class,
                AuditsCloseCommand.class, AuditsReportCommand.class})
public final class AuditsCommand extends GroupCommand {
}
