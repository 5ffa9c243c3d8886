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
        new("pydicom:test_files/MR_small_bigendian.dcm", "7FE00010",
            "Pixel Data in Explicit VR Big Endian: pydicom base64-encodes the big endian bytes; the JSON model's InlineBinary is little endian (PS3.18 F.2.7), as ours is."),
        new("pydicom:test_files/MR_small_expb.dcm", "7FE00010", "As MR_small_bigendian.dcm: big endian bytes in pydicom's InlineBinary."),
        new("pydicom:test_files/rtdose_expb.dcm", "7FE00010", "As MR_small_bigendian.dcm: big endian bytes in pydicom's InlineBinary."),
        new("pydicom:test_files/rtdose_expb_1frame.dcm", "7FE00010", "As MR_small_bigendian.dcm: big endian bytes in pydicom's InlineBinary."),
        new("pydicom:test_files/693_J2KI.dcm", "00080008/Value[0]",
            "Image Type 'DERIVED \\PRIMARY...': pydicom keeps the space before the backslash; spaces are padding in CS values (PS3.5 Table 6.2-1)."),
        new("pydicom:test_files/SC_rgb_gdcm_KY.dcm", "00080008/Value[0]", "As 693_J2KI.dcm: a padding space kept in a CS value."),
        new("pydicom:test_files/SC_rgb_jpeg_lossy_gdcm.dcm", "00080008/Value[0]", "As 693_J2KI.dcm: a padding space kept in a CS value."),
        new("pydicom:test_files/MR_truncated.dcm", "",
            "Truncated: Pixel Data claims 8192 bytes and 8130 remain. pydicom returns a short value silently; we refuse the file with the offset (as DCMTK does).", Refused: true),
        new("pydicom:test_files/rtplan_truncated.dcm", "",
            "Truncated inside a sequence. pydicom returns what it could read; we refuse the file with the offset (as DCMTK does).", Refused: true),
        new("pydicom:test_files/no_meta.dcm", "",
            "Not a DICOM stream: a stray byte before the first element makes the first tag (0820,0500) with a length of 173 MB in a 38 kB file. pydicom (with force) returns that one garbage element; we refuse with the offset (as DCMTK does).", Refused: true),
    ];

    public static IEnumerable<PydicomDeviation> For(string shortName) => All.Where(d => d.File == shortName);
}
