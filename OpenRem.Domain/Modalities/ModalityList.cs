namespace OpenRem.Domain.Modalities;

/// <summary>Normalising and showing lists of modality codes such as ModalitiesInStudy.</summary>
public static class ModalityList
{
    /// <summary>
    /// The codes in <paramref name="values"/>: each value split on commas (some archives send "CT,SR" as one
    /// value), trimmed, upper-cased, empty pieces dropped, each code once, in the order first seen.
    /// </summary>
    public static List<string> Normalise(IEnumerable<string?> values)
    {
        var codes = new List<string>();
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var piece in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var code = piece.ToUpperInvariant();
                if (!codes.Contains(code, StringComparer.Ordinal))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }

    /// <summary>The list as a user reads it, for example <c>["CT", "SR"]</c>.</summary>
    public static string Format(IEnumerable<string> codes) =>
        "[" + string.Join(", ", codes.Select(code => "\"" + code + "\"")) + "]";
}
