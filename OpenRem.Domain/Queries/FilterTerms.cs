namespace OpenRem.Domain.Queries;

/// <summary>
/// The terms of one include or exclude filter, entered as a comma-separated list: each term trimmed and
/// lower-cased, empty terms left out (an empty term would match every text). Matching is case-insensitive
/// substring search: no wildcards, no word boundaries.
/// </summary>
public sealed record FilterTerms
{
    private FilterTerms(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>No terms: the filter is off.</summary>
    public static FilterTerms None { get; } = new([]);

    /// <summary>The terms, lower-case, in the order entered, each once.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True when the filter has at least one term.</summary>
    public bool IsActive => Terms.Count > 0;

    /// <summary>The terms of a comma-separated list such as <c>"Thorax, Neck "</c>; blank or null gives <see cref="None"/>.</summary>
    public static FilterTerms Parse(string? commaSeparated) =>
        Of((commaSeparated ?? string.Empty).Split(','));

    /// <summary>The given terms, trimmed and lower-cased, empty ones left out.</summary>
    public static FilterTerms Of(IEnumerable<string?> terms) =>
        new(terms
            .Select(term => term?.Trim().ToLowerInvariant() ?? string.Empty)
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList());

    /// <summary>True when any term occurs in <paramref name="text"/>, ignoring case.</summary>
    public bool AnyOccursIn(string text) =>
        Terms.Any(term => text.Contains(term, StringComparison.OrdinalIgnoreCase));

    /// <summary>The terms as the user reads them: <c>thorax, neck</c>.</summary>
    public override string ToString() => string.Join(", ", Terms);

    /// <inheritdoc />
    public bool Equals(FilterTerms? other) => other is not null && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => string.Join('\u001f', Terms).GetHashCode(StringComparison.Ordinal);
}
