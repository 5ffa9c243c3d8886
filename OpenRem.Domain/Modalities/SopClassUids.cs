namespace OpenRem.Domain.Modalities;

/// <summary>The SOP classes the series rules recognise.</summary>
public static class SopClassUids
{
    /// <summary>X-Ray Radiation Dose SR (RDSR).</summary>
    public const string XRayRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.67";

    /// <summary>Enhanced SR (ESR), used by some older systems for dose reports.</summary>
    public const string EnhancedSr = "1.2.840.10008.5.1.4.1.1.88.22";

    /// <summary>Radiopharmaceutical Radiation Dose SR (RRDSR).</summary>
    public const string RadiopharmaceuticalRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.68";

    /// <summary>Positron Emission Tomography Image.</summary>
    public const string PetImage = "1.2.840.10008.5.1.4.1.1.128";

    /// <summary>Nuclear Medicine Image.</summary>
    public const string NmImage = "1.2.840.10008.5.1.4.1.1.20";

    /// <summary>Secondary Capture Image, the class of dose screens.</summary>
    public const string SecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";
}
