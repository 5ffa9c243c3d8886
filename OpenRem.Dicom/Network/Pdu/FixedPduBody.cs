namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The 4-byte body of A-ASSOCIATE-RJ, A-RELEASE-RQ/RP and A-ABORT (PS3.8 Tables 9-21, 9-24, 9-25, 9-26).</summary>
internal static class FixedPduBody
{
    public const int Length = 4;

    public static void Require(ReadOnlySpan<byte> body, string pduName)
    {
        if (body.Length != Length)
        {
            throw new DicomPduException($"An {pduName} body has {Length} bytes; this one has {body.Length}.");
        }
    }
}
