namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>The two archives the tests query.</summary>
public enum ArchiveKind
{
    Dcmqrscp,
    Orthanc,
}
