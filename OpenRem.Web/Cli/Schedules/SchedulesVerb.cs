using System.CommandLine;
using OpenRem.Web.Cli.Nodes;

namespace OpenRem.Web.Cli.Schedules;

/// <summary>
/// <c>schedules list|add|remove|enable|disable|run</c>: the scheduled queries stored in the database. The scheduler of
/// the running application fires them; <c>run</c> runs one now in this process.
/// </summary>
internal sealed class SchedulesVerb : ICliVerb
{
    public Command CreateCommand()
    {
        var dataDirectory = DataDirectoryOption.Create();
        return new Command("schedules", "List, add, remove, enable, disable and run scheduled queries.")
        {
            dataDirectory,
            new SchedulesListCommand(dataDirectory).Create(),
            new SchedulesAddCommand(dataDirectory).Create(),
            new SchedulesRemoveCommand(dataDirectory).Create(),
            new SchedulesEnableCommand(dataDirectory, enable: true).Create(),
            new SchedulesEnableCommand(dataDirectory, enable: false).Create(),
            new SchedulesRunCommand(dataDirectory).Create(),
        };
    }
}
