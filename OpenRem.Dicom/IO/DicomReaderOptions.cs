namespace OpenRem.Dicom.IO;

/// <summary>Limits and choices for reading encoded datasets.</summary>
public sealed record DicomReaderOptions
{
    /// <summary>Reads everything; values above <see cref="MaxValueLength"/> stay in the file.</summary>
    public static readonly DicomReaderOptions Default = new();

    /// <summary>Stops before Pixel Data (7FE0,0010) and anything after it at the top level.</summary>
    public static readonly DicomReaderOptions HeaderOnly = new() { StopAtTag = new DicomTag(0x7FE0, 0x0010) };

    /// <summary>The deepest nesting of sequences accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The largest value loaded into memory. A larger value read from a file is left there and read on
    /// demand; from any other stream it is an error.
    /// </summary>
    public long MaxValueLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>When set, reading of the top-level dataset stops at the first tag greater than or equal to it.</summary>
    public DicomTag? StopAtTag { get; init; }

    /// <summary>
    /// Replaces the VR of elements stated as UN in explicit VR data with the dictionary's VR when the tag is
    /// known (PS3.5 §6.2.2 lets any element travel as UN; its value is then Implicit VR Little Endian).
    /// </summary>
    public bool ReplaceUnknownVrWithDictionaryVr { get; init; } = true;
}
