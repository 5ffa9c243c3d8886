using System.Text;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// Text fields of PDUs: AE titles (16 bytes, space-padded), UIDs (not padded) and version names.
/// Bytes are mapped one to one (Latin-1) so that whatever a peer sent re-encodes unchanged;
/// values built locally are checked to be plain ASCII.
/// </summary>
internal static class PduText
{
    public const int AeTitleLength = 16;
    public const int MaxUidLength = 64;
    public const int MaxVersionNameLength = 16;

    public static string DecodeAeTitle(ReadOnlySpan<byte> field) => Encoding.Latin1.GetString(TrimPadding(field, trimLeading: true));

    public static void EncodeAeTitle(string value, Span<byte> field)
    {
        field[..AeTitleLength].Fill((byte)' ');
        Encoding.Latin1.GetBytes(value, field);
    }

    /// <summary>Decodes a UID from an item, dropping a trailing NUL or space that some peers add.</summary>
    public static string DecodeUid(ReadOnlySpan<byte> value, string what)
    {
        var trimmed = TrimPadding(value, trimLeading: false);
        if (trimmed.Length > MaxUidLength)
        {
            throw new DicomPduException($"The {what} is {trimmed.Length} bytes long; a UID has at most {MaxUidLength}.");
        }

        return Encoding.Latin1.GetString(trimmed);
    }

    public static string DecodeText(ReadOnlySpan<byte> value) => Encoding.Latin1.GetString(value);

    public static int Write(string value, Span<byte> destination) => Encoding.Latin1.GetBytes(value, destination);

    public static string RequireAeTitle(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length == 0 || value.Length > AeTitleLength || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"An AE title has 1 to {AeTitleLength} characters that are not all spaces; '{value}' is not one.", parameterName);
        }

        RequirePrintableAscii(value, parameterName, "AE title");
        if (value.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"An AE title cannot contain a backslash: '{value}'.", parameterName);
        }

        return value;
    }

    public static string RequireUid(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length == 0 || value.Length > MaxUidLength)
        {
            throw new ArgumentException($"A UID has 1 to {MaxUidLength} characters; '{value}' has {value.Length}.", parameterName);
        }

        foreach (var c in value)
        {
            if (c is not ('.' or (>= '0' and <= '9')))
            {
                throw new ArgumentException($"A UID holds only digits and dots; '{value}' is not one.", parameterName);
            }
        }

        return value;
    }

    public static string RequireVersionName(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length == 0 || value.Length > MaxVersionNameLength)
        {
            throw new ArgumentException($"An implementation version name has 1 to {MaxVersionNameLength} characters; '{value}' has {value.Length}.", parameterName);
        }

        RequirePrintableAscii(value, parameterName, "implementation version name");
        return value;
    }

    private static void RequirePrintableAscii(string value, string parameterName, string what)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"The {what} '{value}' holds a character outside printable ASCII.", parameterName);
            }
        }
    }

    private static ReadOnlySpan<byte> TrimPadding(ReadOnlySpan<byte> value, bool trimLeading)
    {
        var end = value.Length;
        while (end > 0 && value[end - 1] is (byte)' ' or 0)
        {
            end--;
        }

        var start = 0;
        while (trimLeading && start < end && value[start] is (byte)' ' or 0)
        {
            start++;
        }

        return value[start..end];
    }
}
