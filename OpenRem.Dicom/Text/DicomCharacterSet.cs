using System.Collections.Concurrent;

namespace OpenRem.Dicom.Text;

/// <summary>
/// The character set of a dataset, resolved once from the values of Specific Character Set
/// (0008,0005). Resolve it once per dataset (items inherit it unless they carry their own
/// (0008,0005)) and pass it to <see cref="DicomEncoding.Decode(ReadOnlySpan{byte}, DicomCharacterSet, DicomVR)"/>.
/// </summary>
/// <remarks>
/// Resolution never fails. An empty value 1 means the default repertoire. Misspelled terms are
/// corrected and unknown ones replaced by the default repertoire, each with an entry in
/// <see cref="Warnings"/>. When value 1 is a term that cannot be combined (ISO_IR 192, GB18030,
/// GBK) the other values are ignored; such a term in a later value is dropped.
/// </remarks>
public sealed class DicomCharacterSet
{
    private const int CacheLimit = 512;

    // Keyed by the single value, or by the values joined with '\'; kept apart so that a single
    // value containing '\' never meets the set of values it looks like.
    private static readonly ConcurrentDictionary<string, DicomCharacterSet> SingleValueCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, DicomCharacterSet> MultipleValueCache = new(StringComparer.Ordinal);

    private readonly (byte[] Sequence, CharacterCodec Codec)[] escapes;

    private DicomCharacterSet(IReadOnlyList<string> values, IReadOnlyList<DicomCharacterSetTerm> terms, IReadOnlyList<string> warnings)
    {
        Values = values;
        Terms = terms;
        Warnings = warnings;
        InitialCodec = terms[0].InitialCodec;
        EncodingCandidates = [InitialCodec, .. terms.Skip(1).Select(term => term.DesignatedCodec)];
        escapes = EscapeSequence.All
            .Where(sequence => sequence.Repertoire == CharacterRepertoire.Default || terms.Any(term => term.Repertoire == sequence.Repertoire))
            .Select(sequence => (sequence.Bytes, sequence.Repertoire == CharacterRepertoire.Default
                ? Codecs.DefaultRepertoire
                : terms.First(term => term.Repertoire == sequence.Repertoire).DesignatedCodec))
            .ToArray();
    }

    /// <summary>The default repertoire: no (0008,0005), or an empty value.</summary>
    public static DicomCharacterSet Default { get; } = new([], [CharacterSetTerms.DefaultRepertoire], []);

    /// <summary>The values of (0008,0005) as given.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The terms in effect, value 1 first, after corrections and after dropping terms that cannot be combined.</summary>
    public IReadOnlyList<DicomCharacterSetTerm> Terms { get; }

    /// <summary>Problems found while resolving the values; empty for a correct (0008,0005).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when more than one set is in effect, so values may switch sets with escape sequences.</summary>
    public bool UsesCodeExtensions => Terms.Count > 1;

    /// <summary>The codec active at the start of a value and after each delimiter.</summary>
    internal CharacterCodec InitialCodec { get; }

    /// <summary>The codecs an encoder may use, in order of preference (value 1 first).</summary>
    internal IReadOnlyList<CharacterCodec> EncodingCandidates { get; }

    /// <summary>
    /// Resolves the values of (0008,0005), e.g. from <see cref="DicomEncoding.ParseSpecificCharacterSet"/>.
    /// Null or no values give <see cref="Default"/>. Results are cached.
    /// </summary>
    public static DicomCharacterSet Resolve(IReadOnlyList<string>? specificCharacterSet)
    {
        if (specificCharacterSet is null || specificCharacterSet.Count == 0)
        {
            return Default;
        }

        bool single = specificCharacterSet.Count == 1;
        var cache = single ? SingleValueCache : MultipleValueCache;
        string key = single ? specificCharacterSet[0] ?? string.Empty : string.Join('\\', specificCharacterSet);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var resolved = Create(specificCharacterSet);
        if (cache.Count < CacheLimit)
        {
            cache.TryAdd(key, resolved);
        }

        return resolved;
    }

    /// <summary>Finds the codec selected by the escape sequence at the start of <paramref name="value"/>, if declared.</summary>
    internal bool TryGetEscape(ReadOnlySpan<byte> value, out CharacterCodec codec, out int length)
    {
        length = EscapeSequence.LengthAt(value);
        if (value.Length >= length)
        {
            var sequence = value[..length];
            foreach (var (bytes, candidate) in escapes)
            {
                if (sequence.SequenceEqual(bytes))
                {
                    codec = candidate;
                    return true;
                }
            }
        }

        codec = InitialCodec;
        return false;
    }

    public override string ToString() => string.Join('\\', Terms);

    private static DicomCharacterSet Create(IReadOnlyList<string> values)
    {
        var warnings = new List<string>();
        var terms = values.Select(value => CharacterSetTerms.Find((value ?? string.Empty).Trim(' ', '\0'), warnings)).ToList();
        if (terms.Count > 1)
        {
            if (terms[0].IsStandAlone)
            {
                warnings.Add($"Specific Character Set '{terms[0].Term}' does not allow code extensions; ignoring {string.Join(", ", terms.Skip(1))}.");
                terms.RemoveRange(1, terms.Count - 1);
            }
            else
            {
                foreach (var standAlone in terms.Skip(1).Where(term => term.IsStandAlone).ToList())
                {
                    warnings.Add($"Specific Character Set '{standAlone.Term}' cannot be used as a code extension; ignoring it.");
                    terms.Remove(standAlone);
                }
            }
        }

        return new DicomCharacterSet(values.ToArray(), terms, warnings);
    }
}
