using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenRem.Domain.Nodes;

/// <summary>
/// A DICOM Application Entity title (value representation AE): 1 to 16 characters of the default character
/// repertoire (printable ASCII) without backslash or control characters, not only spaces. Leading and trailing
/// spaces are not significant, so they are removed; what remains is compared case-sensitively, as peers do.
/// </summary>
public sealed record AeTitle
{
    /// <summary>The longest AE title the standard allows, in characters.</summary>
    public const int MaxLength = 16;

    private AeTitle(string value) => Value = value;

    /// <summary>The title without leading and trailing spaces.</summary>
    public string Value { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the reason when it is not a valid AE title.</summary>
    public static AeTitle Parse(string? text) =>
        TryParse(text, out var aeTitle, out var error) ? aeTitle : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; false when it is not a valid AE title.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AeTitle? aeTitle) =>
        TryParse(text, out aeTitle, out _);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why, in words fit for a form.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out AeTitle? aeTitle,
        [NotNullWhen(false)] out string? error)
    {
        error = Validate(text);
        aeTitle = error is null ? new AeTitle(text!.Trim(' ')) : null;
        return aeTitle is not null;
    }

    /// <summary>The reason <paramref name="text"/> is not a valid AE title, or null when it is.</summary>
    public static string? Validate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "An AE title is required.";
        }

        var trimmed = text.Trim(' ');
        if (trimmed.Length == 0)
        {
            return "An AE title must not consist of spaces only.";
        }

        if (trimmed.Length > MaxLength)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"An AE title has at most {MaxLength} characters; this one has {trimmed.Length}.");
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\')
            {
                return "An AE title must not contain a backslash.";
            }

            if (c < ' ' || c > '~')
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"An AE title may only contain printable ASCII characters; character U+{(int)c:X4} is not allowed.");
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
