using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Domain.Imported;

/// <summary>
/// What the importer read from a received object: its place in the study and series, what it is and where it came
/// from. Strings are trimmed, and null when absent or empty.
/// </summary>
public sealed record ReceivedObjectDescription
{
    public required string StudyInstanceUid { get; init; }

    public required string SeriesInstanceUid { get; init; }

    public required string SopInstanceUid { get; init; }

    public string? SopClassUid { get; init; }

    public ImportedObjectKind Kind { get; init; } = ImportedObjectKind.Other;

    public string? Modality { get; init; }

    public DateOnly? StudyDate { get; init; }

    public TimeOnly? StudyTime { get; init; }

    public string? StudyDescription { get; init; }

    public string? AccessionNumber { get; init; }

    public int? SeriesNumber { get; init; }

    public string? SeriesDescription { get; init; }

    public string? StationName { get; init; }

    public string? Manufacturer { get; init; }

    public string? ManufacturerModelName { get; init; }

    /// <summary>The accumulated dose of a radiation dose report; null for any other object.</summary>
    public DoseSummary? DoseSummary { get; init; }
}
