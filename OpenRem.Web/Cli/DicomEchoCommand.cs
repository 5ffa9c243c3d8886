using System.CommandLine;
using System.Diagnostics;
using OpenRem.Dicom.Network;

namespace OpenRem.Web.Cli;

/// <summary><c>dicom echo HOST PORT --aet CALLED [--calling CALLING]</c>: one C-ECHO; exit code 0 only on success.</summary>
internal sealed class DicomEchoCommand
{
    private readonly DicomPeerArguments _peer = new();

    public Command Create()
    {
        var command = new Command("echo", "Send a C-ECHO (verification) and print the outcome.");
        _peer.AddPeerTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var target = $"C-ECHO to {_peer.Describe(parseResult)}";
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await _peer.CreateClient(parseResult).SendCEchoAsync(cancellationToken);
            var line = $"{target}: {response.Status} in {clock.ElapsedMilliseconds} ms";
            if (response.Status.State == DicomState.Success)
            {
                await output.WriteLineAsync(line);
                return 0;
            }

            await error.WriteLineAsync(line);
            return 1;
        }
        catch (DicomNetworkException e)
        {
            await error.WriteLineAsync($"{target} failed: {e.Message}");
            return 1;
        }
    }
}
