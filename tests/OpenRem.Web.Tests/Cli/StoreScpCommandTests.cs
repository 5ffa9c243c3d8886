using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

public sealed class StoreScpCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openrem-cli-scp-").FullName;

    [Fact]
    public async Task Store_scp_prints_one_line_per_received_object_and_stops_cleanly_when_cancelled()
    {
        var port = FreePort();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var root = new RootCommand { StoreScpCommand.Create() };
        var run = root.Parse(["store-scp", "--port", port.ToString(CultureInfo.InvariantCulture), "--aet", "OPENREM", "--dir", _directory, "--bind", "127.0.0.1"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token);
        var client = new DicomClient("127.0.0.1", port, "CT01", "OPENREM");
        var dataset = new DicomDataset();
        var uid = DicomUIDGenerator.GenerateDerivedFromUUID().UID;
        dataset.AddOrUpdate(DicomTag.SOPClassUID, "1.2.840.10008.5.1.4.1.1.88.67");
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, uid);
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.3");
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, "1.2.3.4");

        var response = await RetryUntilListeningAsync(() => client.SendCStoreAsync(new DicomCStoreRequest(dataset, DicomTransferSyntax.ExplicitVRLittleEndian), stop.Token));
        var path = Path.Combine(_directory, "1.2.3", "1.2.3.4", uid + ".dcm");
        for (var i = 0; i < 100 && !output.ToString().Contains(uid, StringComparison.Ordinal); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Equal(0, exitCode);
        Assert.Contains($"CT01\tX-Ray Radiation Dose SR Storage\t{uid}\t{path}\t{new FileInfo(path).Length}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("stopped after 1 object(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<DicomCStoreResponse> RetryUntilListeningAsync(Func<Task<DicomCStoreResponse>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await send();
            }
            catch (DicomNetworkException) when (attempt < 100)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
