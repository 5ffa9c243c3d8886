using System.CommandLine;
using System.Runtime.InteropServices;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Web.Cli;

/// <summary>
/// <c>store-scp --port PORT --aet AE --dir DIR</c>: a Store SCP that receives objects until Ctrl-C or SIGTERM, writing
/// each under DIR/StudyInstanceUID/SeriesInstanceUID/SOPInstanceUID.dcm as received, and prints one line per object:
/// calling AE, SOP class, SOP instance UID, path and size. Meant as a subcommand of <c>dicom</c>.
/// </summary>
public static class StoreScpCommand
{
    /// <summary>How long open associations may go on after a stop was asked for before they are aborted.</summary>
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port to listen on.", Required = true };
        var aet = new Option<string>("--aet") { Description = "AE title to answer to; requests for another are rejected.", DefaultValueFactory = _ => "OPENREM" };
        var directory = new Option<DirectoryInfo>("--dir") { Description = "Folder to store received objects under.", Required = true };
        var bind = new Option<string>("--bind") { Description = "IP address to listen on.", DefaultValueFactory = _ => "0.0.0.0" };
        var callers = new Option<string[]>("--allow") { Description = "Calling AE titles allowed (repeat the option); any when not given.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("store-scp", "Receive DICOM objects (C-STORE) and C-ECHO until stopped with Ctrl-C.") { port, aet, directory, bind, callers };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new DicomServerOptions
            {
                CalledAE = parseResult.GetValue(aet),
                StoreDirectory = parseResult.GetRequiredValue(directory).FullName,
                AllowedCallingAEs = parseResult.GetValue(callers),
            };
            return await RunAsync(parseResult.GetValue(port), parseResult.GetValue(bind), options, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(int port, string? bind, DicomServerOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        DicomServer server;
        try
        {
            server = DicomServerFactory.CreateStoreScp(port, bind, options);
        }
        catch (Exception e) when (e is DicomNetworkException or ArgumentException)
        {
            await error.WriteLineAsync($"store-scp: {e.Message}");
            return 1;
        }

        await using (server)
        {
            await output.WriteLineAsync($"store-scp: listening on {server.Address}:{server.Port} as {options.CalledAE}, storing under {options.StoreDirectory}");
            try
            {
                await foreach (var stored in server.ReceivedObjects.ReadAllAsync(stop.Token))
                {
                    await output.WriteLineAsync(Describe(stored));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl-C or SIGTERM.
            }

            await output.WriteLineAsync("store-scp: stopping");
            await server.StopAsync(StopGracePeriod, CancellationToken.None);
            while (server.ReceivedObjects.TryRead(out var stored))
            {
                await output.WriteLineAsync(Describe(stored));
            }

            var status = server.Status;
            await output.WriteLineAsync($"store-scp: stopped after {status.ObjectsReceived} object(s)");
        }

        return 0;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    private static string Describe(StoredObject stored)
    {
        var sopClass = DicomUID.TryGetKnown(stored.Request.SopClassUid, out var known) ? known.Name : stored.Request.SopClassUid;
        return $"{stored.Request.CallingAeTitle}\t{sopClass}\t{stored.Request.SopInstanceUid}\t{stored.Path}\t{stored.Size}";
    }
}
