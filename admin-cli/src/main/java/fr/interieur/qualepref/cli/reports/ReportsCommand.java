package fr.interieur.qualepref.cli.reports;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "National consolidation reports (a regional pilot gets its region's).",
        subcommands = {ReportsCoverageCommand.class, ReportsModulesCommand.class, ReportsAuditsCommand.class,
                ReportsFindingsCommand.class, ReportsLabelsCommand.class,
                ReportsGovernanceCommand.class, ReportsIndicatorsCommand.class})
public final class ReportsCommand extends GroupCommand {
}
