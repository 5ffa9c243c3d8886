namespace OpenRem.Dicom.Tests.Serialization;

/// <summary>
/// The short, explicit list of places where pydicom 2.3 (Debian's python3-pydicom) gets the DICOM JSON
/// model wrong. Everything else must match it value by value.
/// </summary>
internal static class PydicomDeviations
{
    public static readonly IReadOnlyList<PydicomDeviation> All =
    [
        new("pydicom:test_files/badVR.dcm", "00280008",
            "Number of Frames is IS '1A': pydicom cannot convert it and drops it; we keep the text as a string value."),
        new("samples:CT-RDSR-Toshiba_MultiValSD.dcm", "0040A730/Value[9]/0040A730/Value[9]/0040A730/Value[1]/0040A300/Value[0]/0040A30A",
            "Numeric Value is DS '10.50/ 15.00' (not a number): pydicom cannot convert it and drops it; we keep the text."),
        new("samples:DX-Im-Carestream_DR7500-2.dcm", "00187052",
            "Filter Thickness Minimum is DS '1.06,0.206' (comma, not backslash): pydicom drops it; we keep the text."),
        new("samples:DX-Im-Carestream_DR7500-2.dcm", "00187054",
            "Filter Thickness Maximum is DS '0.94,0.194': pydicom drops it; we keep the text."),
        new("samples:DX-Im-DRGEM.dcm", "00181150",
            "Exposure Time is IS with a fraction: pydicom refuses to convert it with loss and drops it; we keep the number."),
        new("samples:DX-Im-DRGEM.dcm", "00181152",
            "Exposure is IS with a fraction: pydicom drops it; we keep the number."),
    ];

    public static IEnumerable<PydicomDeviation> For(string shortName) => All.Where(d => d.File == shortName);
}
