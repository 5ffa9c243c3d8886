namespace OpenRem.Infrastructure.Persistence;

/// <summary>The longest text each kind of column holds (SQLite does not enforce them; other databases do).</summary>
internal static class ColumnLengths
{
    /// <summary>A node's friendly name, as the node settings allow.</summary>
    public const int NodeName = 64;

    /// <summary>A DICOM UID (value representation UI).</summary>
    public const int Uid = 64;

    /// <summary>A DICOM code string such as a modality (value representation CS).</summary>
    public const int CodeString = 16;

    /// <summary>
    /// A description (value representation LO, 64 characters a value): room for several values, which archives
    /// may return joined.
    /// </summary>
    public const int LongString = 256;

    /// <summary>A station name (value representation SH, 16 characters a value): room for several values.</summary>
    public const int ShortString = 64;

    /// <summary>An application entity title (value representation AE).</summary>
    public const int AeTitle = 16;

    /// <summary>A path relative to the store folder: study, series and SOP instance UIDs and the extension.</summary>
    public const int StorePath = 3 * (Uid + 1) + 4;

    /// <summary>Why an object could not be imported.</summary>
    public const int Problem = 1000;

    /// <summary>A drop reason's text.</summary>
    public const int ReasonText = 200;

    /// <summary>The JSON list of a study's modality codes.</summary>
    public const int ModalityCodes = 200;

    /// <summary>Who asked for a query: a user's or a schedule's name.</summary>
    public const int RequestedBy = 128;
}
