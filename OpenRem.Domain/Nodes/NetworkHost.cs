using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace OpenRem.Domain.Nodes;

/// <summary>
/// Where a node listens: an IPv4 address in dotted-quad form, an IPv6 address, or a host name of letters,
/// digits and hyphens in dot-separated labels of at most 63 characters (253 in all), neither starting nor
/// ending with a hyphen. Host names compare case-insensitively.
/// </summary>
public sealed record NetworkHost
{
    /// <summary>The longest host name DNS allows, in characters.</summary>
    public const int MaxLength = 253;

    private NetworkHost(string value) => Value = value;

    /// <summary>The host name or address as entered, without surrounding spaces.</summary>
    public string Value { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the reason when it is not a host.</summary>
    public static NetworkHost Parse(string? text) =>
        TryParse(text, out var host, out var error) ? host : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why, in words fit for a form.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out NetworkHost? host,
        [NotNullWhen(false)] out string? error)
    {
        error = Validate(text);
        host = error is null ? new NetworkHost(text!.Trim()) : null;
        return host is not null;
    }

    /// <summary>The reason <paramref name="text"/> is not a host name or IP address, or null when it is.</summary>
    public static string? Validate(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "A host name or IP address is required.";
        }

        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(trimmed, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6
                ? null
                : "This is not a valid IPv6 address.";
        }

        if (trimmed.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return IsDottedQuad(trimmed) ? null : "This is not a valid IPv4 address.";
        }

        return ValidateHostName(trimmed);
    }

    /// <inheritdoc />
    public bool Equals(NetworkHost? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsDottedQuad(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part => part.Length is > 0 and <= 3 && int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    private static string? ValidateHostName(string text)
    {
        if (text.Length > MaxLength)
        {
            return "A host name has at most 253 characters.";
        }

        foreach (var label in text.TrimEnd('.').Split('.'))
        {
            if (label.Length is 0 or > 63)
            {
                return "Each dot-separated part of a host name has 1 to 63 characters.";
            }

            if (!label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return "A host name may only contain letters, digits, hyphens and dots.";
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return "A part of a host name must not start or end with a hyphen.";
            }
        }

        return null;
    }
}
