using OpenRem.Domain.Modalities;

namespace OpenRem.Domain.Imported;

/// <summary>Tells the <see cref="ImportedObjectKind"/> of an object from its SOP class.</summary>
public static class ObjectKinds
{
    private const string SecondaryCapturePrefix = SopClassUids.SecondaryCapture + ".";

    /// <summary>The kind of an object of <paramref name="sopClassUid"/>; <paramref name="hasPixels"/> when it has rows and columns.</summary>
    public static ImportedObjectKind Of(string? sopClassUid, bool hasPixels) => sopClassUid switch
    {
        SopClassUids.XRayRadiationDoseSr => ImportedObjectKind.Rdsr,
        SopClassUids.EnhancedSr => ImportedObjectKind.Esr,
        SopClassUids.RadiopharmaceuticalRadiationDoseSr => ImportedObjectKind.Rrdsr,
        SopClassUids.SecondaryCapture => ImportedObjectKind.SecondaryCapture,

        // The multi-frame secondary captures: 1.2.840.10008.5.1.4.1.1.7.1 to .7.4.
        not null when sopClassUid.StartsWith(SecondaryCapturePrefix, StringComparison.Ordinal) => ImportedObjectKind.SecondaryCapture,
        _ when hasPixels => ImportedObjectKind.Image,
        _ => ImportedObjectKind.Other,
    };

    /// <summary>True for the kinds that may hold a radiation dose report.</summary>
    public static bool IsDoseReport(ImportedObjectKind kind) => kind is ImportedObjectKind.Rdsr or ImportedObjectKind.Esr or ImportedObjectKind.Rrdsr;
}
