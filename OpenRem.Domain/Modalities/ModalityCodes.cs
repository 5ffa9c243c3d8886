namespace OpenRem.Domain.Modalities;

/// <summary>The DICOM modality codes the query-retrieve rules name.</summary>
public static class ModalityCodes
{
    public const string Ct = "CT";
    public const string Mg = "MG";
    public const string Rf = "RF";
    public const string Xa = "XA";
    public const string Dx = "DX";
    public const string Cr = "CR";
    public const string Px = "PX";
    public const string Nm = "NM";
    public const string Pt = "PT";
    public const string Sr = "SR";

    /// <summary>Stored for a series whose response carried no modality.</summary>
    public const string Other = "OT";
}
