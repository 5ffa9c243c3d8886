using OpenRem.Domain.Modalities;

namespace OpenRem.Domain.Queries;

/// <summary>
/// The modality groups a query asks for, or SR-only (studies holding nothing but structured reports).
/// SR-only is one mode, whether asked for from the web form or the command line.
/// </summary>
public sealed record ModalitySelection
{
    private ModalitySelection(IReadOnlyList<ModalityGroup> groups) => Groups = groups;

    /// <summary>Studies that hold only SR objects.</summary>
    public static ModalitySelection SrOnly { get; } = new([ModalityGroup.SrOnly]);

    /// <summary>The groups, each once, in query order.</summary>
    public IReadOnlyList<ModalityGroup> Groups { get; }

    /// <summary>True for the SR-only mode.</summary>
    public bool IsSrOnly => Groups is [ModalityGroup.SrOnly];

    /// <summary>The groups given, each once, in query order (not validated: see <see cref="Validate"/>).</summary>
    public static ModalitySelection Of(params IEnumerable<ModalityGroup> groups) =>
        new(groups.Distinct().Order().ToList());

    /// <summary>The modality codes to query, in order: CT, MG, RF, XA, DX, CR, PX, NM, PT, SR.</summary>
    public IReadOnlyList<string> CodesInQueryOrder => Groups.SelectMany(ModalityGroups.CodesOf).ToList();

    /// <summary>True when <paramref name="group"/> was asked for.</summary>
    public bool Includes(ModalityGroup group) => Groups.Contains(group);

    /// <summary>Why this selection cannot be queried, or null when it can.</summary>
    public string? Validate() =>
        Groups.Count == 0 ? "You must select at least one modality (or Advanced SR Only)"
        : Groups.Contains(ModalityGroup.SrOnly) && Groups.Count > 1 ? "The sr option can not be combined with any other modalities"
        : null;

    /// <summary>The short codes, for example <c>CT, MG</c>, or <c>SR only</c>.</summary>
    public override string ToString() => IsSrOnly ? "SR only" : string.Join(", ", Groups.Select(ModalityGroups.ShortCode));

    /// <inheritdoc />
    public bool Equals(ModalitySelection? other) => other is not null && Groups.SequenceEqual(other.Groups);

    /// <inheritdoc />
    public override int GetHashCode() => Groups.Aggregate(17, (hash, group) => (hash * 31) + (int)group);
}
