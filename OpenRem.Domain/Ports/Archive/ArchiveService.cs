namespace OpenRem.Domain.Ports.Archive;

/// <summary>What a connection to the archive is for: it decides the presentation context to negotiate.</summary>
public enum ArchiveService
{
    /// <summary>Study Root Query/Retrieve Information Model – FIND.</summary>
    Find,

    /// <summary>Study Root Query/Retrieve Information Model – MOVE.</summary>
    Move,
}
