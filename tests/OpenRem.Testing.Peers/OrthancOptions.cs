namespace OpenRem.Testing.Peers;

/// <summary>How to start an <see cref="OrthancPeer"/>; every member has a usable default.</summary>
public sealed record OrthancOptions
{
    /// <summary>Orthanc's AE title (it does not check the called AE title; any calling AE title may query and move).</summary>
    public string AeTitle { get; init; } = "ORTHANC";

    /// <summary>
    /// C-MOVE destinations: AE title → port on 127.0.0.1 (Orthanc's DicomModalities; compared without regard to case;
    /// an unknown destination is answered 0xC000, not 0xA801).
    /// </summary>
    public IReadOnlyDictionary<string, int> MoveDestinations { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>DICOM files or folders to upload with load-orthanc.sh once it runs.</summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary>The DICOM port; null picks a free one.</summary>
    public int? DicomPort { get; init; }

    /// <summary>The REST port; null picks a free one.</summary>
    public int? HttpPort { get; init; }

    /// <summary>The character set of Orthanc's answers (DefaultEncoding); Orthanc's own default Latin1 drops characters.</summary>
    public string DefaultEncoding { get; init; } = "Utf8";

    /// <summary>Extra JSON members for Orthanc's configuration, such as <c>"LimitFindResults": 10</c>.</summary>
    public string ExtraJson { get; init; } = "";

    /// <summary>Parallel uploads when loading (load-orthanc.sh JOBS, or <see cref="OrthancPeer.UploadAsync"/>).</summary>
    public int LoadJobs { get; init; } = 4;

    /// <summary>
    /// The storage/ folder of an Orthanc that has stopped (for example from a kept work directory, or one given as
    /// <see cref="WorkDirectory"/>): copied into the new work directory before the start, so that a large load (2,000
    /// synthetic studies take about a minute) is done once and reused. The SQLite index and the files are copied as they
    /// are; never point it at the storage of a running Orthanc.
    /// </summary>
    public string? SeedStorageDirectory { get; init; }

    /// <summary>The work directory; null makes a temporary one that is deleted on dispose.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>Keeps a temporary work directory (logs, storage) after dispose.</summary>
    public bool KeepWorkDirectory { get; init; }

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan LoadTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long dispose waits after SIGTERM before SIGKILL.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(15);
}
