using System.Text.Json;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// The <c>qr</c> command line of the application's executable, end to end: nodes from its database, C-FIND against
/// a real archive, the rules, C-MOVE to DCMTK's storescp. Against Orthanc (which returns every key the rules use)
/// exactly the objects the rules select arrive; against dcmqrscp (no SOP Class UID at image level, no
/// ModalitiesInStudy matching) only objects of studies of the modality asked for arrive, all of them reported.
/// </summary>
public sealed class QrAgainstPeersTests(QrPeers peers) : IClassFixture<QrPeers>
{
    public static TheoryData<string> Flags => ["-ct", "-mg", "-dx", "-fl", "-nm", "-sr"];

    [Theory]
    [MemberData(nameof(Flags))]
    public async Task Against_orthanc_exactly_the_objects_the_rules_select_arrive(string flag)
    {
        var (summary, received) = await RunQrAsync(peers.OrthancNodeId, flag);

        Assert.Equal(peers.Studies.Expected[flag].Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
        Assert.Equal("Done", summary.GetProperty("state").GetString());
        var subOperations = summary.GetProperty("move").GetProperty("subOperations");
        Assert.Equal(received.Count, subOperations.GetProperty("completed").GetInt32());
        Assert.Equal(0, subOperations.GetProperty("failed").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public async Task Against_dcmqrscp_only_objects_of_the_modality_asked_for_arrive_and_all_are_reported(string flag)
    {
        var (summary, received) = await RunQrAsync(peers.DcmqrscpNodeId, flag);

        Assert.Equal("Done", summary.GetProperty("state").GetString());
        Assert.All(received, uid => Assert.Equal(flag, peers.Studies.GroupOf[uid]));
        var subOperations = summary.GetProperty("move").GetProperty("subOperations");
        Assert.Equal(received.Count, subOperations.GetProperty("completed").GetInt32());
        Assert.Equal(0, subOperations.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task A_query_only_run_moves_nothing_and_its_summary_lists_the_studies_kept()
    {
        peers.Store.ClearReceivedFiles();

        var (exitCode, output, error) = await AppProcess.RunAsync(
            peers.DataDirectory, TestContext.Current.CancellationToken, "qr", peers.OrthancNodeId, peers.StoreNodeId, "-ct", "-sd", DoseStudies.QrDate, "--query-only", "--json");

        Assert.True(exitCode == 0, error);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal("Filtered", summary.RootElement.GetProperty("state").GetString());
        Assert.Equal(2, summary.RootElement.GetProperty("keptStudies").GetArrayLength());
        Assert.Empty(peers.Store.ReceivedFiles());
    }

    [Fact]
    public async Task A_store_node_that_does_not_answer_stops_the_run_with_the_reference_message()
    {
        var (exitCode, _, error) = await AppProcess.RunAsync(
            peers.DataDirectory, TestContext.Current.CancellationToken, "nodes", "add-store", "--name", "gone", "--aet", "GONE", "--host", "127.0.0.1", "--port", OpenRem.Testing.Peers.FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, error);
        var (_, list, _) = await AppProcess.RunAsync(peers.DataDirectory, TestContext.Current.CancellationToken, "nodes", "list");
        var goneId = list.Split('\n').Single(line => line.Contains("gone", StringComparison.Ordinal)).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

        var (qrExit, _, qrError) = await AppProcess.RunAsync(peers.DataDirectory, TestContext.Current.CancellationToken, "qr", peers.OrthancNodeId, goneId, "-ct", "-sd", DoseStudies.QrDate);

        Assert.Equal(1, qrExit);
        Assert.Contains("Query-retrieve aborted: DICOM nodes not ready. QR SCP echo is Success, Store SCP echo is ", qrError, StringComparison.Ordinal);
    }

    private async Task<(JsonElement Summary, IReadOnlyList<string> Received)> RunQrAsync(string remoteNodeId, string flag)
    {
        peers.Store.ClearReceivedFiles();
        var (exitCode, output, error) = await AppProcess.RunAsync(
            peers.DataDirectory, TestContext.Current.CancellationToken, "qr", remoteNodeId, peers.StoreNodeId, flag, "-sd", DoseStudies.QrDate, "--json");
        Assert.True(exitCode == 0, $"qr exited {exitCode}: {error}");
        var summary = JsonDocument.Parse(output).RootElement.Clone();
        var received = peers.Store.ReceivedFiles()
            .Select(path => Path.GetFileName(path))
            .Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..])
            .ToList();
        return (summary, received);
    }
}
