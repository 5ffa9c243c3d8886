using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Tests.Network.Server;
using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// The two C-MOVE destinations a source peer is configured with: our Store SCP (OpenRem.Dicom's
/// <see cref="DicomServerFactory.CreateStoreScp"/>, running in the test process on 127.0.0.1 and a free port, storing
/// by study and series under a temporary folder) and DCMTK's storescp in bit-preserving mode (+B: the data set bytes
/// written exactly as received), the reference.
/// </summary>
internal sealed class MoveDestinations : IAsyncDisposable
{
    /// <summary>Our Store SCP's AE title; it accepts no other called AE title.</summary>
    public const string OurAE = "OPENREM_SCP";

    /// <summary>storescp's AE title.</summary>
    public const string StorescpAE = "OPENREM_STORE";

    private MoveDestinations(ServerHarness ours, StorescpPeer storescp)
    {
        Ours = ours;
        Storescp = storescp;
    }

    public ServerHarness Ours { get; }

    public StorescpPeer Storescp { get; }

    /// <summary>The destinations as the peers' configuration takes them: AE title → port on 127.0.0.1.</summary>
    public IReadOnlyDictionary<string, int> ByAETitle => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [OurAE] = Ours.Server.Port,
        [StorescpAE] = Storescp.Port,
    };

    public static async Task<MoveDestinations> StartAsync()
    {
        var ours = ServerHarness.Start(options => options with { CalledAE = OurAE });
        try
        {
            var storescp = await StorescpPeer.StartAsync(new StorescpOptions { AeTitle = StorescpAE, BitPreserving = true });
            return new MoveDestinations(ours, storescp);
        }
        catch
        {
            await ours.DisposeAsync();
            throw;
        }
    }

    /// <summary>The objects our Store SCP has stored (the folder of objects still arriving left out).</summary>
    public IReadOnlyList<string> OurFiles() =>
        [.. Directory.EnumerateFiles(Ours.Directory, "*.dcm", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + StorePathPolicy.IncomingFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Empties both destinations before a transfer.</summary>
    public void Clear()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(Ours.Directory))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        Storescp.ClearReceivedFiles();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Storescp.DisposeAsync();
        }
        finally
        {
            await Ours.DisposeAsync();
        }
    }
}
