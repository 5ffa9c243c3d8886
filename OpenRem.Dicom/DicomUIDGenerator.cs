using System.Globalization;
using System.Numerics;

namespace OpenRem.Dicom;

/// <summary>Makes new UIDs.</summary>
public static class DicomUIDGenerator
{
    /// <summary>The name given to UIDs made here.</summary>
    public const string GeneratedName = "UUID-derived UID";

    /// <summary>
    /// A new UID "2.25.&lt;UUID as an unsigned decimal integer&gt;" from a random (version 4) UUID,
    /// as PS3.5 §B.2 describes. At most 44 characters.
    /// </summary>
    public static DicomUID GenerateDerivedFromUUID() => GenerateDerivedFromUUID(Guid.NewGuid());

    /// <summary>The 2.25 UID of a given UUID; the UUID's 16 bytes are read in RFC 4122 (big-endian) order.</summary>
    public static DicomUID GenerateDerivedFromUUID(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (!uuid.TryWriteBytes(bytes, bigEndian: true, out _))
        {
            throw new InvalidOperationException("A UUID did not fit in 16 bytes.");
        }

        var number = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        return new DicomUID("2.25." + number.ToString(CultureInfo.InvariantCulture), GeneratedName, DicomUidType.Unknown);
    }
}
