using System.CommandLine;
using System.Globalization;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Cli.Schedules;

/// <summary>
/// <c>schedules add --name N --qr ID --store ID [the query options of qr] --window W (--every E | --hourly-at M |
/// --daily-at HH:mm | --cron C) [--no-retrieve] [--disabled]</c>: stores a schedule and prints its ID alone on
/// stdout. The query options are read exactly as <c>qr</c> reads them. A mistake is a usage error (exit code 2).
/// </summary>
internal sealed class SchedulesAddCommand(Option<string> dataDirectory)
{
    private readonly Option<string> _name = new("--name") { Description = "A name, unique among schedules (at most 64 characters).", Required = true };
    private readonly Option<int> _remoteNodeId = new("--qr") { Description = "Database ID of the remote query-retrieve node.", Required = true };
    private readonly Option<int> _storeNodeId = new("--store") { Description = "Database ID of the store node.", Required = true };
    private readonly QrQueryFlags _flags = new();
    private readonly Option<string> _window = new("--window") { Description = "The studies to ask for, relative to the run time: 'last 2 hours', 'last hour', 'last 3 days', 'last day', 'today' or 'yesterday'.", Required = true };
    private readonly Option<string> _every = new("--every") { Description = "Run at this interval from now: '1 minute', '15 minutes', '2 hours'." };
    private readonly Option<int?> _hourlyAt = new("--hourly-at") { Description = "Run every hour at this minute (0-59)." };
    private readonly Option<string> _dailyAt = new("--daily-at") { Description = "Run every day at this local time, HH:mm." };
    private readonly Option<string> _cron = new("--cron") { Description = "Run at the times of this Quartz cron expression (seconds first), e.g. '0 5 * * * ?'." };
    private readonly Option<bool> _noRetrieve = new("--no-retrieve") { Description = "Only query and filter; retrieve nothing." };
    private readonly Option<bool> _disabled = new("--disabled") { Description = "Store the schedule disabled." };

    public Command Create()
    {
        var command = new Command("add", "Add a scheduled query and print its ID.")
        {
            _name, _remoteNodeId, _storeNodeId, _window, _every, _hourlyAt, _dailyAt, _cron, _noRetrieve, _disabled,
        };
        foreach (var option in _flags.All)
        {
            command.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            ScheduleSettings settings;
            try
            {
                settings = Read(parseResult);
            }
            catch (QrUsageException exception)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"schedules add: {exception.Message}");
                return ScheduleCommandRun.UsageError;
            }

            return await ScheduleCommandRun.RunAsync(parseResult, dataDirectory, "add", async (services, output, _) =>
            {
                var schedule = await services.GetRequiredService<IScheduleRepository>().AddAsync(settings, cancellationToken);
                await output.WriteLineAsync(schedule.Id.ToString(CultureInfo.InvariantCulture));
                return ScheduleCommandRun.Success;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>The settings the command line gives; throws <see cref="QrUsageException"/> for a mistake.</summary>
    private ScheduleSettings Read(ParseResult parseResult)
    {
        var flags = _flags.Read(parseResult);
        if (!ScheduleWindow.TryParse(parseResult.GetValue(_window), out var window, out var windowError))
        {
            throw new QrUsageException("--window: " + windowError);
        }

        return new ScheduleSettings
        {
            Name = parseResult.GetValue(_name),
            RemoteNodeId = parseResult.GetValue(_remoteNodeId),
            StoreNodeId = parseResult.GetValue(_storeNodeId),
            Modalities = QrRequestFactory.Modalities(flags),
            Filters = QrRequestFactory.Filters(flags),
            Options = QrRequestFactory.Options(flags),
            Window = window,
            Frequency = Frequency(parseResult),
            Enabled = !parseResult.GetValue(_disabled),
            Retrieve = !parseResult.GetValue(_noRetrieve),
        };
    }

    private ScheduleFrequency Frequency(ParseResult parseResult)
    {
        var every = parseResult.GetValue(_every);
        var hourlyAt = parseResult.GetValue(_hourlyAt);
        var dailyAt = parseResult.GetValue(_dailyAt);
        var cron = parseResult.GetValue(_cron);
        var given = new object?[] { every, hourlyAt, dailyAt, cron }.Count(value => value is not null);
        if (given != 1)
        {
            throw new QrUsageException("give exactly one of --every, --hourly-at, --daily-at and --cron.");
        }

        if (every is not null)
        {
            return ScheduleFrequency.TryParseEvery(every, out var interval, out var error) ? interval : throw new QrUsageException("--every: " + error);
        }

        if (dailyAt is not null)
        {
            return ScheduleFrequency.TryParseDailyAt(dailyAt, out var daily, out var error) ? daily : throw new QrUsageException("--daily-at: " + error);
        }

        return hourlyAt is { } minute ? ScheduleFrequency.HourlyAt(minute) : ScheduleFrequency.Cron(cron!);
    }
}
