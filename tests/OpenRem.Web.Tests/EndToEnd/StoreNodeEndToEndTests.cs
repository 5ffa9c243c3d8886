using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// The application's own store node, end to end: <c>qr</c> moves from Orthanc into the store node the running
/// application hosts, what arrives is imported, and duplicate removal then knows it.
/// </summary>
public sealed class StoreNodeEndToEndTests(StoreNodePeers peers) : IClassFixture<StoreNodePeers>
{
    [Fact]
    public async Task Retrieved_objects_are_imported_a_second_run_retrieves_nothing_and_dup_retrieves_them_again_without_new_records()
    {
        var expected = peers.Studies.Expected["-ct"].Order(StringComparer.Ordinal).ToList();

        var first = await RunQrAsync("-ct");

        Assert.Equal("Done", first.GetProperty("state").GetString());
        var move = first.GetProperty("move");
        Assert.Equal(expected.Count, move.GetProperty("objectsExpected").GetInt32());
        Assert.Equal(expected.Count, move.GetProperty("objectsArrived").GetInt32());
        Assert.Equal(expected.Count, move.GetProperty("objectsImported").GetInt32());
        await using (var database = peers.Database())
        {
            var imported = await database.ImportedObjects.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(expected, imported.Select(o => o.SopInstanceUid).Order(StringComparer.Ordinal));
            Assert.All(imported, o =>
            {
                Assert.True(File.Exists(Path.Combine(peers.DataDirectory, "dicom", o.FilePath!)), o.FilePath);
                Assert.Equal($"{o.StudyInstanceUid}/{o.SeriesInstanceUid}/{o.SopInstanceUid}.dcm", o.FilePath);
                Assert.Equal(1, o.TimesReceived);
                Assert.Equal(peers.Orthanc.AeTitle, o.ReceivedFromAeTitle);
                Assert.NotNull(o.QueryId);
            });
            Assert.Contains(imported, o => o.DoseSummary?.Ct?.TotalDlp > 0);
        }

        var second = await RunQrAsync("-ct");

        Assert.Equal("Done", second.GetProperty("state").GetString());
        Assert.Equal(0, second.GetProperty("move").GetProperty("subOperations").GetProperty("completed").GetInt32());
        await using (var database = peers.Database())
        {
            Assert.Equal(expected.Count, await database.ImportedObjects.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(expected.Count, await database.ObjectArrivals.CountAsync(TestContext.Current.CancellationToken));
        }

        var again = await RunQrAsync("-ct", "-dup");

        Assert.Equal("Done", again.GetProperty("state").GetString());
        Assert.Equal(expected.Count, again.GetProperty("move").GetProperty("objectsArrived").GetInt32());
        await using (var database = peers.Database())
        {
            var imported = await database.ImportedObjects.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(expected, imported.Select(o => o.SopInstanceUid).Order(StringComparer.Ordinal));
            Assert.All(imported, o => Assert.Equal(2, o.TimesReceived));
            Assert.Equal(2 * expected.Count, await database.ObjectArrivals.CountAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Store_status_shows_the_node_listening_and_answering()
    {
        var (exitCode, output, error) = await AppProcess.RunAsync(peers.DataDirectory, TestContext.Current.CancellationToken, "store", "status", peers.StoreNodeId);

        Assert.True(exitCode == 0, error + output);
        Assert.Contains($"State: listening on 127.0.0.1:{peers.StorePort.ToString(CultureInfo.InvariantCulture)}", output, StringComparison.Ordinal);
        Assert.Contains("C-ECHO: Success", output, StringComparison.Ordinal);

        var (listExit, list, _) = await AppProcess.RunAsync(peers.DataDirectory, TestContext.Current.CancellationToken, "store", "list");
        Assert.Equal(0, listExit);
        Assert.Contains("own store", list, StringComparison.Ordinal);
        Assert.Contains("listening on 127.0.0.1:", list, StringComparison.Ordinal);
    }

    private async Task<JsonElement> RunQrAsync(params string[] flags)
    {
        var (exitCode, output, error) = await AppProcess.RunAsync(
            peers.DataDirectory, TestContext.Current.CancellationToken, ["qr", peers.OrthancNodeId, peers.StoreNodeId, "-sd", DoseStudies.QrDate, "--json", .. flags]);
        Assert.True(exitCode == 0, $"qr exited {exitCode}: {error}\n{output}\napp log:\n{peers.App.Log}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}
