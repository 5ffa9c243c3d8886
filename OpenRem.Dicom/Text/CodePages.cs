using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Access to the legacy code pages of <see cref="CodePagesEncodingProvider"/>, registered once.
/// Decoders replace invalid input with U+FFFD. Strict encoders write nothing for a character they
/// cannot represent (so callers can tell and choose another set); lenient ones write '?'.
/// </summary>
internal static class CodePages
{
    private static readonly bool Registered = Register();

    public static Encoding Get(int codePage) => Get(codePage, string.Empty);

    public static Encoding GetWithQuestionMarks(int codePage) => Get(codePage, "?");

    /// <summary>Looks an encoding up by a name .NET knows (IANA names such as "utf-8" or "iso-8859-1").</summary>
    public static Encoding? TryGet(string name)
    {
        _ = Registered;
        try
        {
            return Encoding.GetEncoding(name, new EncoderReplacementFallback(string.Empty), new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding Get(int codePage, string encoderReplacement)
    {
        _ = Registered;
        return Encoding.GetEncoding(codePage, new EncoderReplacementFallback(encoderReplacement), new DecoderReplacementFallback("\uFFFD"));
    }

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
