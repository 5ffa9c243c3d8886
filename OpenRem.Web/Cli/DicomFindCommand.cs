using System.CommandLine;
using System.Diagnostics;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Serialization;

namespace OpenRem.Web.Cli;

/// <summary>
/// <c>dicom find HOST PORT --aet CALLED --level L -k KEY=VALUE...</c>: a Study Root C-FIND (Patient Root at
/// PATIENT level); each matching identifier as one line of DICOM JSON on stdout, a summary line on stderr.
/// Exit code 0 when the final status is success.
/// </summary>
internal sealed class DicomFindCommand
{
    private readonly DicomPeerArguments _peer = new();

    public Command Create()
    {
        var command = new Command("find", "Query a peer with C-FIND and print each match as one line of DICOM JSON.");
        _peer.AddPeerTo(command);
        _peer.AddQueryTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var request = new DicomCFindRequest(_peer.GetLevel(parseResult));
        if (_peer.AddKeys(parseResult, request.Dataset!) is { } problem)
        {
            await error.WriteLineAsync($"find: {problem}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var matches = 0;
        DicomStatus? final = null;
        try
        {
            await foreach (var response in _peer.CreateClient(parseResult).SendCFindAsync(request, cancellationToken))
            {
                if (response.Status.IsPending)
                {
                    matches++;
                    if (response.Dataset is { } identifier)
                    {
                        await output.WriteLineAsync(DicomJsonWriter.Serialize(identifier));
                    }
                }
                else
                {
                    final = response.Status;
                }
            }
        }
        catch (DicomNetworkException e)
        {
            await error.WriteLineAsync($"find: C-FIND to {_peer.Describe(parseResult)} failed after {matches} match(es): {e.Message}");
            return 1;
        }

        await error.WriteLineAsync($"find: {matches} match(es); final status {final}; {clock.ElapsedMilliseconds} ms");
        return final?.State == DicomState.Success ? 0 : 1;
    }
}
