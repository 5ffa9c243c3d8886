using System.CommandLine;
using System.Diagnostics;
using OpenRem.Dicom.Network;

namespace OpenRem.Web.Cli;

/// <summary>
/// <c>dicom move HOST PORT --aet CALLED --dest AE --level L -k KEY=VALUE...</c>: a Study Root C-MOVE (Patient
/// Root at PATIENT level) to a destination the peer knows; progress lines, then the final sub-operation counts.
/// Exit code 0 only when the move succeeded and no sub-operation failed.
/// </summary>
internal sealed class DicomMoveCommand
{
    private readonly DicomPeerArguments _peer = new();
    private readonly Option<string> _destination = new("--dest") { Description = "The move destination: an AE title the peer knows with its host and port.", Required = true };

    public Command Create()
    {
        var command = new Command("move", "Ask a peer to send the matching instances to a destination (C-MOVE).");
        _peer.AddPeerTo(command);
        command.Add(_destination);
        _peer.AddQueryTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private static string Counts(DicomCMoveResponse response) =>
        $"completed {Count(response.Completed)}, failed {Count(response.Failures)}, warning {Count(response.Warnings)}";

    private static string Count(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        DicomCMoveRequest request;
        try
        {
            request = new DicomCMoveRequest(parseResult.GetRequiredValue(_destination), _peer.GetLevel(parseResult));
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"move: {e.Message}");
            return 2;
        }

        if (_peer.AddKeys(parseResult, request.Dataset!) is { } problem)
        {
            await error.WriteLineAsync($"move: {problem}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        DicomCMoveResponse? final = null;
        try
        {
            await foreach (var response in _peer.CreateClient(parseResult).SendCMoveAsync(request, cancellationToken))
            {
                if (response.Status.IsPending)
                {
                    await output.WriteLineAsync($"pending: remaining {Count(response.Remaining)}, {Counts(response)}");
                }
                else
                {
                    final = response;
                }
            }
        }
        catch (DicomNetworkException e)
        {
            await error.WriteLineAsync($"move: C-MOVE to {_peer.Describe(parseResult)} failed: {e.Message}");
            return 1;
        }

        if (final is null)
        {
            await error.WriteLineAsync("move: no final response");
            return 1;
        }

        await output.WriteLineAsync($"C-MOVE to {request.DestinationAE} via {_peer.Describe(parseResult)}: {final.Status}; {Counts(final)}; {clock.ElapsedMilliseconds} ms");
        return final.Status.State == DicomState.Success && (final.Failures ?? 0) == 0 ? 0 : 1;
    }
}
