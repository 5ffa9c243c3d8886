namespace OpenRem.Dicom;

/// <summary>
/// A value representation (PS3.5 §6.2): how a value is encoded, how long its length field is in
/// explicit VR transfer syntaxes, how it is padded, and whether the Specific Character Set applies.
/// </summary>
public sealed class DicomVR : IEquatable<DicomVR>
{
    private static readonly Dictionary<string, DicomVR> ByCode = new(StringComparer.Ordinal);

    public static readonly DicomVR AE = Text("AE", "Application Entity", maxLength: 16, charsetAffected: false);
    public static readonly DicomVR AS = Text("AS", "Age String", maxLength: 4, charsetAffected: false);
    public static readonly DicomVR AT = Binary("AT", "Attribute Tag", unitSize: 4, longLength: false);
    public static readonly DicomVR CS = Text("CS", "Code String", maxLength: 16, charsetAffected: false);
    public static readonly DicomVR DA = Text("DA", "Date", maxLength: 8, charsetAffected: false);
    public static readonly DicomVR DS = Text("DS", "Decimal String", maxLength: 16, charsetAffected: false);
    public static readonly DicomVR DT = Text("DT", "Date Time", maxLength: 26, charsetAffected: false);
    public static readonly DicomVR FD = Binary("FD", "Floating Point Double", unitSize: 8, longLength: false);
    public static readonly DicomVR FL = Binary("FL", "Floating Point Single", unitSize: 4, longLength: false);
    public static readonly DicomVR IS = Text("IS", "Integer String", maxLength: 12, charsetAffected: false);
    public static readonly DicomVR LO = Text("LO", "Long String", maxLength: 64, charsetAffected: true);
    public static readonly DicomVR LT = Text("LT", "Long Text", maxLength: 10240, charsetAffected: true, multiValued: false);
    public static readonly DicomVR OB = Binary("OB", "Other Byte", unitSize: 1, longLength: true);
    public static readonly DicomVR OD = Binary("OD", "Other Double", unitSize: 8, longLength: true);
    public static readonly DicomVR OF = Binary("OF", "Other Float", unitSize: 4, longLength: true);
    public static readonly DicomVR OL = Binary("OL", "Other Long", unitSize: 4, longLength: true);
    public static readonly DicomVR OV = Binary("OV", "Other 64-bit Very Long", unitSize: 8, longLength: true);
    public static readonly DicomVR OW = Binary("OW", "Other Word", unitSize: 2, longLength: true);
    public static readonly DicomVR PN = Text("PN", "Person Name", maxLength: 64, charsetAffected: true);
    public static readonly DicomVR SH = Text("SH", "Short String", maxLength: 16, charsetAffected: true);
    public static readonly DicomVR SL = Binary("SL", "Signed Long", unitSize: 4, longLength: false);
    public static readonly DicomVR SQ = new("SQ", "Sequence of Items", longLength: true, isString: false, charsetAffected: false, multiValued: false, padding: 0, unitSize: 0, maxLength: 0);
    public static readonly DicomVR SS = Binary("SS", "Signed Short", unitSize: 2, longLength: false);
    public static readonly DicomVR ST = Text("ST", "Short Text", maxLength: 1024, charsetAffected: true, multiValued: false);
    public static readonly DicomVR SV = Binary("SV", "Signed 64-bit Very Long", unitSize: 8, longLength: true);
    public static readonly DicomVR TM = Text("TM", "Time", maxLength: 14, charsetAffected: false);
    public static readonly DicomVR UC = Text("UC", "Unlimited Characters", maxLength: 0, charsetAffected: true, longLength: true);
    public static readonly DicomVR UI = new("UI", "Unique Identifier", longLength: false, isString: true, charsetAffected: false, multiValued: true, padding: 0x00, unitSize: 0, maxLength: 64);
    public static readonly DicomVR UL = Binary("UL", "Unsigned Long", unitSize: 4, longLength: false);
    public static readonly DicomVR UN = Binary("UN", "Unknown", unitSize: 1, longLength: true);
    public static readonly DicomVR UR = Text("UR", "Universal Resource Identifier", maxLength: 0, charsetAffected: false, multiValued: false, longLength: true);
    public static readonly DicomVR US = Binary("US", "Unsigned Short", unitSize: 2, longLength: false);
    public static readonly DicomVR UT = Text("UT", "Unlimited Text", maxLength: 0, charsetAffected: true, multiValued: false, longLength: true);
    public static readonly DicomVR UV = Binary("UV", "Unsigned 64-bit Very Long", unitSize: 8, longLength: true);

    /// <summary>Used for the item and delimitation tags (FFFE,xxxx), which never carry a VR.</summary>
    public static readonly DicomVR NONE = new("NONE", "No VR", longLength: true, isString: false, charsetAffected: false, multiValued: false, padding: 0, unitSize: 0, maxLength: 0, register: false);

    private DicomVR(
        string code,
        string name,
        bool longLength,
        bool isString,
        bool charsetAffected,
        bool multiValued,
        byte padding,
        int unitSize,
        int maxLength,
        bool register = true)
    {
        Code = code;
        Name = name;
        Is32BitLength = longLength;
        IsString = isString;
        IsStringEncoded = charsetAffected;
        IsMultiValue = multiValued;
        PaddingValue = padding;
        UnitSize = unitSize;
        MaximumLength = maxLength;
        if (register)
        {
            ByCode.Add(code, this);
        }
    }

    /// <summary>The two-letter code, e.g. "PN".</summary>
    public string Code { get; }

    public string Name { get; }

    /// <summary>
    /// True when an explicit VR element header has two reserved bytes and a 32-bit length
    /// (OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT, UV); false for the 16-bit length VRs.
    /// </summary>
    public bool Is32BitLength { get; }

    /// <summary>True for the character VRs (AE..UT and UI).</summary>
    public bool IsString { get; }

    /// <summary>True when the Specific Character Set (0008,0005) applies: LO, LT, PN, SH, ST, UC, UT.</summary>
    public bool IsStringEncoded { get; }

    /// <summary>True when a backslash separates values (false for LT, ST, UR, UT, whose backslash is text).</summary>
    public bool IsMultiValue { get; }

    /// <summary>The byte that pads a value to even length: space for text, NUL for UI and binary VRs.</summary>
    public byte PaddingValue { get; }

    /// <summary>Bytes per value for fixed-size binary VRs (2 for US, 8 for FD); 1 for OB and UN; 0 otherwise.</summary>
    public int UnitSize { get; }

    /// <summary>The maximum length of one value in characters (0 when unlimited or not a string).</summary>
    public int MaximumLength { get; }

    /// <summary>All 34 value representations of PS3.5 Table 6.2-1.</summary>
    public static IReadOnlyCollection<DicomVR> All => ByCode.Values;

    public static DicomVR Parse(string code) =>
        TryParse(code, out var vr) ? vr : throw new ArgumentException($"'{code}' is not a DICOM value representation.", nameof(code));

    public static bool TryParse(string? code, out DicomVR vr)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            vr = found;
            return true;
        }

        vr = UN;
        return false;
    }

    /// <summary>Looks up a VR from the two bytes of an explicit VR element header.</summary>
    public static bool TryParse(byte first, byte second, out DicomVR vr)
    {
        vr = UN;
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z')
        {
            return false;
        }

        var found = Lookup[((first - 'A') * 26) + (second - 'A')];
        if (found is null)
        {
            return false;
        }

        vr = found;
        return true;
    }

    private static readonly DicomVR?[] Lookup = BuildLookup();

    private static DicomVR?[] BuildLookup()
    {
        var table = new DicomVR?[26 * 26];
        foreach (var vr in ByCode.Values)
        {
            table[((vr.Code[0] - 'A') * 26) + (vr.Code[1] - 'A')] = vr;
        }

        return table;
    }

    public bool Equals(DicomVR? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Code;

    private static DicomVR Text(string code, string name, int maxLength, bool charsetAffected, bool multiValued = true, bool longLength = false) =>
        new(code, name, longLength, isString: true, charsetAffected, multiValued, padding: 0x20, unitSize: 0, maxLength);

    private static DicomVR Binary(string code, string name, int unitSize, bool longLength) =>
        new(code, name, longLength, isString: false, charsetAffected: false, multiValued: false, padding: 0x00, unitSize, maxLength: 0);
}
