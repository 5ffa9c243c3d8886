using System.Collections.Frozen;

namespace OpenRem.Domain.Modalities;

/// <summary>The modality codes of each group, its short code, and the order in which groups are queried.</summary>
public static class ModalityGroups
{
    private static readonly FrozenDictionary<ModalityGroup, string[]> CodesByGroup = new Dictionary<ModalityGroup, string[]>
    {
        [ModalityGroup.Ct] = [ModalityCodes.Ct],
        [ModalityGroup.Mammography] = [ModalityCodes.Mg],
        [ModalityGroup.Fluoroscopy] = [ModalityCodes.Rf, ModalityCodes.Xa],
        [ModalityGroup.Radiography] = [ModalityCodes.Dx, ModalityCodes.Cr, ModalityCodes.Px],
        [ModalityGroup.NuclearMedicine] = [ModalityCodes.Nm, ModalityCodes.Pt],
        [ModalityGroup.SrOnly] = [ModalityCodes.Sr],
    }.ToFrozenDictionary();

    /// <summary>Every group, in query order.</summary>
    public static IReadOnlyList<ModalityGroup> All { get; } = Enum.GetValues<ModalityGroup>();

    /// <summary>The modality codes queried for <paramref name="group"/>, in query order.</summary>
    public static IReadOnlyList<string> CodesOf(ModalityGroup group) => CodesByGroup[group];

    /// <summary>The code a user sees and the command line takes: CT, MG, FL, DX, NM or SR.</summary>
    public static string ShortCode(ModalityGroup group) => group switch
    {
        ModalityGroup.Ct => "CT",
        ModalityGroup.Mammography => "MG",
        ModalityGroup.Fluoroscopy => "FL",
        ModalityGroup.Radiography => "DX",
        ModalityGroup.NuclearMedicine => "NM",
        ModalityGroup.SrOnly => "SR",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown modality group."),
    };

    /// <summary>The group whose short code is <paramref name="shortCode"/> (case-insensitive), or null.</summary>
    public static ModalityGroup? FromShortCode(string? shortCode) =>
        All.Cast<ModalityGroup?>().FirstOrDefault(group =>
            string.Equals(ShortCode(group!.Value), shortCode?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="modalityCode"/> is one of the codes of <paramref name="group"/>.</summary>
    public static bool Contains(ModalityGroup group, string modalityCode) =>
        CodesByGroup[group].Contains(modalityCode, StringComparer.Ordinal);

    /// <summary>True when any of <paramref name="modalityCodes"/> belongs to <paramref name="group"/>.</summary>
    public static bool Intersects(ModalityGroup group, IEnumerable<string> modalityCodes) =>
        modalityCodes.Any(code => Contains(group, code));
}
