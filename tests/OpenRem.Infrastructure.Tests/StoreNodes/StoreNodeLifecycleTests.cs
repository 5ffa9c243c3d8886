using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Imported;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>How the host follows the nodes: a port in use, a changed port, a removed node, and the start-up recovery.</summary>
public sealed class StoreNodeLifecycleTests : IAsyncLifetime
{
    private StoreNodeTestBed _bed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bed = await StoreNodeTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task A_node_whose_port_is_in_use_waits_with_the_reason_while_another_listens_and_listens_once_the_port_is_free()
    {
        var occupiedPort = FreePort.Next();
        var occupier = new TcpListener(IPAddress.Loopback, occupiedPort);
        occupier.Start();
        try
        {
            var blocked = await _bed.AddNodeAsync("Blocked", "BLOCKED", occupiedPort);
            var free = await _bed.AddNodeAsync("Free", "FREE");
            await _bed.StartAsync();
            await _bed.WaitUntilListeningAsync(free);
            await StoreNodeTestBed.WaitUntilAsync(() => _bed.StateOf(blocked) is not null, "the blocked node has a state");

            var state = _bed.StateOf(blocked)!;
            Assert.False(state.IsListening);
            Assert.Contains("in use", state.LastError, StringComparison.Ordinal);
            Assert.Contains(occupiedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), state.LastError, StringComparison.Ordinal);
            await StoreNodeTestBed.WaitUntilAsync(
                async () =>
                {
                    await using var db = _bed.NewContext();
                    return await db.StoreNodeRuntimeStatuses.AnyAsync(s => s.StoreNodeId == blocked.Id, Ct);
                },
                "the blocked node's status is written");
            await using (var db = _bed.NewContext())
            {
                var row = await db.StoreNodeRuntimeStatuses.AsNoTracking().SingleAsync(s => s.StoreNodeId == blocked.Id, Ct);
                Assert.False(row.IsListening);
                Assert.Contains("in use", row.LastError, StringComparison.Ordinal);
                Assert.Equal(Environment.ProcessId, row.ProcessId);
            }

            Assert.Equal(DicomStatus.Success, (await Client(free.Port, free.AeTitle.Value).SendCEchoAsync(Ct)).Status);

            occupier.Stop();
            await _bed.WaitUntilListeningAsync(blocked);

            Assert.Equal(DicomStatus.Success, (await Client(occupiedPort, blocked.AeTitle.Value).SendCEchoAsync(Ct)).Status);
            await StoreNodeTestBed.WaitUntilAsync(
                async () =>
                {
                    await using var db = _bed.NewContext();
                    return (await db.StoreNodeRuntimeStatuses.AsNoTracking().SingleAsync(s => s.StoreNodeId == blocked.Id, Ct)).IsListening;
                },
                "the blocked node's status says it listens");
        }
        finally
        {
            occupier.Stop();
        }
    }

    [Fact]
    public async Task A_changed_port_is_listened_on_after_reconcile_and_a_removed_node_stops_listening()
    {
        var node = await _bed.AddNodeAsync("Moving", "MOVING");
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(node);
        var oldPort = node.Port;
        var newPort = FreePort.Next();

        var changed = await _bed.Nodes.UpdateAsync(node.Id, node.ToSettings() with { Port = newPort }, Ct);
        _bed.Statuses.Reconcile();
        await StoreNodeTestBed.WaitUntilAsync(
            () => _bed.StateOf(node) is { IsListening: true } state && state.ListeningOn == $"127.0.0.1:{newPort}",
            $"the node listens on port {newPort}",
            () => $"its state: {_bed.StateOf(node)}");

        Assert.NotNull(changed);
        Assert.Equal(DicomStatus.Success, (await Client(newPort, "MOVING").SendCEchoAsync(Ct)).Status);
        await Assert.ThrowsAnyAsync<DicomNetworkException>(() => Client(oldPort, "MOVING").SendCEchoAsync(Ct));

        Assert.True(await _bed.Nodes.RemoveAsync(node.Id, Ct));
        _bed.Statuses.Reconcile();
        await StoreNodeTestBed.WaitUntilAsync(() => _bed.StateOf(node) is null, "the removed node is no longer run");

        await Assert.ThrowsAnyAsync<DicomNetworkException>(() => Client(newPort, "MOVING").SendCEchoAsync(Ct));
        Assert.Empty(_bed.Statuses.Current);
    }

    [Fact]
    public async Task At_start_a_partial_file_is_removed_and_a_complete_file_without_a_record_is_indexed()
    {
        const string sample = "DX-RDSR-Carestream_DRXEvolution.dcm";
        var (study, series, sop) = StoreNodeReceptionTests.Uids(sample);
        Directory.CreateDirectory(_bed.IncomingFolder);
        var partial = Path.Combine(_bed.IncomingFolder, ".incoming-0123456789abcdef.part");
        await File.WriteAllBytesAsync(partial, (await File.ReadAllBytesAsync(SharedMaterial.Sample(sample), Ct))[..1000], Ct);
        var complete = Path.Combine(_bed.StoreRoot, study, series, sop + ".dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(complete)!);
        File.Copy(SharedMaterial.Sample(sample), complete);
        var node = await _bed.AddNodeAsync("Recovering", "RECOVERING");

        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(node);

        Assert.False(File.Exists(partial));
        Assert.True(File.Exists(complete));
        await using var db = _bed.NewContext();
        var imported = await db.ImportedObjects.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((sop, $"{study}/{series}/{sop}.dcm", ImportedObjectKind.Rdsr), (imported.SopInstanceUid, imported.FilePath, imported.Kind));
        Assert.NotNull(imported.DoseSummary);
        var arrival = await db.ObjectArrivals.AsNoTracking().SingleAsync(Ct);
        Assert.True(arrival.Imported);
        Assert.Null(arrival.StoreNodeId);
    }

    private static IDicomClient Client(int port, string calledAe) =>
        DicomClientFactory.Create("127.0.0.1", port, false, "MODALITY", calledAe);
}
