using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using OpenRem.Dicom;
using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

public sealed class DicomVerbTests
{
    [Fact]
    public async Task Echo_prints_the_status_and_the_time_and_exits_0()
    {
        await using var peer = new LoopbackDicomPeer();

        var (exitCode, output, error) = await InvokeAsync("dicom", "echo", "127.0.0.1", Port(peer), "--aet", "PACS");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Matches($@"^C-ECHO to PACS at 127\.0\.0\.1:{peer.Port}: Success \(0x0000\) in \d+ ms\n$", output);
    }

    [Fact]
    public async Task Echo_to_a_closed_port_prints_the_error_and_exits_1()
    {
        var port = ClosedPort();

        var (exitCode, output, error) = await InvokeAsync("dicom", "echo", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--aet", "PACS", "--calling", "ME");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"C-ECHO to PACS at 127.0.0.1:{port} failed: connection refused by 127.0.0.1:{port}\n", error);
    }

    [Fact]
    public async Task Find_prints_one_JSON_line_per_match_and_a_summary_on_stderr()
    {
        await using var peer = new LoopbackDicomPeer();

        var (exitCode, output, error) = await InvokeAsync(
            "dicom", "find", "127.0.0.1", Port(peer), "--aet", "PACS", "--level", "STUDY", "-k", "StudyDate=20100405-20100406", "-k", "ModalitiesInStudy=CT", "-k", "StudyInstanceUID=");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["1.2.3.1", "1.2.3.2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("0020000D").GetProperty("Value")[0].GetString()));
        Assert.Matches(@"^find: 2 match\(es\); final status Success \(0x0000\); \d+ ms\n$", error);
        Assert.Equal("20100405-20100406", peer.LastIdentifier!.GetString(DicomTag.StudyDate));
        Assert.Equal("CT", peer.LastIdentifier.GetString(DicomTag.ModalitiesInStudy));
        Assert.Equal("STUDY", peer.LastIdentifier.GetString(DicomTag.QueryRetrieveLevel));
        Assert.True(peer.LastIdentifier.Contains(DicomTag.StudyInstanceUID));
    }

    [Fact]
    public async Task An_unknown_key_is_refused_before_connecting()
    {
        var (exitCode, _, error) = await InvokeAsync("dicom", "find", "127.0.0.1", "1", "--aet", "PACS", "--level", "STUDY", "-k", "NoSuchKeyword=1");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown key \"NoSuchKeyword\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_prints_progress_and_the_final_counts_and_exits_0_when_nothing_failed()
    {
        await using var peer = new LoopbackDicomPeer();

        var (exitCode, output, _) = await InvokeAsync(
            "dicom", "move", "127.0.0.1", Port(peer), "--aet", "PACS", "--dest", "STORE", "--level", "SERIES", "-k", "StudyInstanceUID=1.2", "-k", "SeriesInstanceUID=1.2.3");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("pending: remaining 1, completed 1, failed 0, warning 0", lines[0]);
        Assert.Matches($@"^C-MOVE to STORE via PACS at 127\.0\.0\.1:{peer.Port}: Success \(0x0000\); completed 2, failed 0, warning 0; \d+ ms$", lines[1]);
        Assert.Equal("1.2.3", peer.LastIdentifier!.GetString(DicomTag.SeriesInstanceUID));
    }

    [Fact]
    public async Task Move_exits_1_when_a_sub_operation_failed()
    {
        await using var peer = new LoopbackDicomPeer(moveFailures: 1);

        var (exitCode, output, _) = await InvokeAsync(
            "dicom", "move", "127.0.0.1", Port(peer), "--aet", "PACS", "--dest", "STORE", "--level", "STUDY", "-k", "StudyInstanceUID=1.2");

        Assert.Equal(1, exitCode);
        Assert.Contains("completed 1, failed 1, warning 0", output, StringComparison.Ordinal);
    }

    private static string Port(LoopbackDicomPeer peer) => peer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await CliApplication.InvokeAsync(
            args,
            new InvocationConfiguration { Output = output, Error = error },
            TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
