namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The rule for presentation context IDs (PS3.8 §9.3.2.2): odd numbers from 1 to 255.</summary>
internal static class PresentationContextIds
{
    public static bool IsValid(byte id) => (id & 1) == 1;

    public static string Describe(byte id) =>
        $"Presentation context ID {id} is not valid: IDs are odd numbers from 1 to 255.";

    public static byte Require(byte id, string parameterName) =>
        IsValid(id) ? id : throw new ArgumentOutOfRangeException(parameterName, id, Describe(id));

    public static byte RequireDecoded(byte id) =>
        IsValid(id) ? id : throw new DicomPduException(Describe(id));
}
