using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Dicom;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// Restart safety of the application's store node: the application is killed (SIGKILL) while DCMTK's storescu sends
/// 500 objects, then started again; every object storescu saw acknowledged is on disk and indexed, and no partial file
/// is left.
/// </summary>
public sealed class StoreNodeCrashTests
{
    private const string AeTitle = "OPENREM_OWN";
    private const int ObjectCount = 500;
    private const int KillAfterAcknowledged = 60;

    [Fact]
    public async Task Every_object_acknowledged_before_a_SIGKILL_is_on_disk_and_indexed_after_the_restart()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("openrem-crash-e2e-").FullName;
        try
        {
            var data = Path.Combine(root, "data");
            Directory.CreateDirectory(data);
            var objects = WriteObjects(Path.Combine(root, "objects"));
            var port = FreePort.Next();
            var (exitCode, _, error) = await AppProcess.RunAsync(data, cancellation, "nodes", "add-store", "--name", "own", "--aet", AeTitle, "--port", port.ToString(CultureInfo.InvariantCulture));
            Assert.True(exitCode == 0, error);

            List<string> acknowledged;
            await using (var app = await RunningApp.StartAsync(data, port, AeTitle, cancellation))
            {
                acknowledged = await SendAndKillAsync(objects, port, app, cancellation);
            }

            Assert.True(acknowledged.Count >= KillAfterAcknowledged, $"storescu saw {acknowledged.Count} acknowledgements");
            await using (await RunningApp.StartAsync(data, port, AeTitle, cancellation))
            {
                await using var services = new ServiceCollection().AddLogging().AddOpenRemPersistence(data).BuildServiceProvider();
                await using var database = await services.GetRequiredService<IDbContextFactory<OpenRemDbContext>>().CreateDbContextAsync(cancellation);
                var indexed = (await database.ImportedObjects.AsNoTracking().Select(o => new { o.SopInstanceUid, o.FilePath }).ToListAsync(cancellation))
                    .ToDictionary(o => o.SopInstanceUid, o => o.FilePath, StringComparer.Ordinal);
                foreach (var sopInstanceUid in acknowledged)
                {
                    Assert.True(indexed.TryGetValue(sopInstanceUid, out var path), $"{sopInstanceUid} was acknowledged but is not indexed");
                    Assert.True(File.Exists(Path.Combine(data, "dicom", path!)), $"{sopInstanceUid} is indexed but {path} is not on disk");
                }

                var incoming = Path.Combine(data, "dicom", ".incoming");
                Assert.True(!Directory.Exists(incoming) || Directory.GetFiles(incoming).Length == 0, "a partial file was left in the incoming folder");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>500 copies of a small dose report with their own SOP instance UIDs, over five series; file names are the UIDs.</summary>
    private static Dictionary<string, string> WriteObjects(string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var study = DicomUIDGenerator.GenerateDerivedFromUUID().UID;
        var series = Enumerable.Range(0, 5).Select(_ => DicomUIDGenerator.GenerateDerivedFromUUID().UID).ToArray();
        for (var i = 0; i < ObjectCount; i++)
        {
            var file = DicomFile.Open(SharedMaterial.Sample("CT-RDSR-Siemens_Flash-TAP-SS.dcm"));
            var sop = DicomUIDGenerator.GenerateDerivedFromUUID().UID;
            file.Dataset.AddOrUpdate(DicomTag.StudyInstanceUID, study);
            file.Dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, series[i % series.Length]);
            file.Dataset.AddOrUpdate(DicomTag.SOPInstanceUID, sop);
            file.FileMetaInfo.MediaStorageSOPInstanceUID = sop;
            var path = Path.Combine(directory, sop + ".dcm");
            file.Save(path);
            files.Add(path, sop);
        }

        return files;
    }

    /// <summary>Runs storescu on every object and kills the application once it has acknowledged some; the SOP instance UIDs storescu saw acknowledged.</summary>
    private static async Task<List<string>> SendAndKillAsync(Dictionary<string, string> objects, int port, RunningApp app, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("storescu") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "-aet", "MODALITY", "-aec", AeTitle, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var path in objects.Keys.Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(path);
        }

        Process storescu;
        try
        {
            storescu = Process.Start(start) ?? throw new InvalidOperationException("storescu could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("storescu is missing: apt-get install dcmtk", e);
        }

        using (storescu)
        {
            var acknowledged = new List<string>();
            var killed = false;
            string? sending = null;

            // storescu -v logs "I: Sending file: PATH", then "I: Received Store Response (Success)" once it is stored.
            var reading = Task.Run(
                async () =>
                {
                    while (await storescu.StandardError.ReadLineAsync(cancellationToken) is { } line)
                    {
                        if (line.StartsWith("I: Sending file: ", StringComparison.Ordinal))
                        {
                            sending = line["I: Sending file: ".Length..];
                        }
                        else if (line.StartsWith("I: Received Store Response (Success)", StringComparison.Ordinal) && sending is not null)
                        {
                            acknowledged.Add(objects[sending]);
                            if (!killed && acknowledged.Count >= KillAfterAcknowledged)
                            {
                                killed = true;
                                await app.KillAsync();
                            }
                        }
                    }
                },
                cancellationToken);
            var output = storescu.StandardOutput.ReadToEndAsync(cancellationToken);
            await storescu.WaitForExitAsync(cancellationToken);
            await reading;
            await output;
            Assert.True(killed, $"storescu sent all {objects.Count} objects before the application could be killed");
            return acknowledged;
        }
    }
}
