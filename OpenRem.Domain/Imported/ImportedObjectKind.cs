namespace OpenRem.Domain.Imported;

/// <summary>What an imported object is, for dose monitoring.</summary>
public enum ImportedObjectKind
{
    /// <summary>An X-Ray Radiation Dose SR.</summary>
    Rdsr,

    /// <summary>An Enhanced SR (some systems send their dose reports as one).</summary>
    Esr,

    /// <summary>A Radiopharmaceutical Radiation Dose SR.</summary>
    Rrdsr,

    /// <summary>An image of the modality (it has rows and columns).</summary>
    Image,

    /// <summary>A secondary capture, such as a dose information screen.</summary>
    SecondaryCapture,

    /// <summary>Anything else: another kind of SR, a presentation state, raw data.</summary>
    Other,
}
