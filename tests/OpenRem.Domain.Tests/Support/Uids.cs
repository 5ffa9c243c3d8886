namespace OpenRem.Domain.Tests.Support;

/// <summary>SOP class UIDs the tests use, named as the reference's tests name them.</summary>
internal static class Uids
{
    public const string Rdsr = "1.2.840.10008.5.1.4.1.1.88.67";
    public const string Esr = "1.2.840.10008.5.1.4.1.1.88.22";
    public const string BasicTextSr = "1.2.840.10008.5.1.4.1.1.88.11";
    public const string Rrdsr = "1.2.840.10008.5.1.4.1.1.88.68";
    public const string PetImage = "1.2.840.10008.5.1.4.1.1.128";
    public const string NmImage = "1.2.840.10008.5.1.4.1.1.20";
    public const string SecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";
    public const string CtImage = "1.2.840.10008.5.1.4.1.1.2";
    public const string DxImage = "1.2.840.10008.5.1.4.1.1.1.1";

    /// <summary>Test UIDs under one prefix: <c>Test(7)</c> is <c>1.3.6.1.4.1.45593.999.7</c>.</summary>
    public static string Test(int number) => "1.3.6.1.4.1.45593.999." + number;
}
