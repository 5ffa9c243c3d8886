using System.Collections.Frozen;

namespace OpenRem.Dicom.Network.Server;

/// <summary>The storage SOP classes of the dictionary: every SOP class whose name ends in "Storage".</summary>
public static class StorageSopClasses
{
    private static readonly Lazy<FrozenSet<string>> Known = new(() => DicomUID.Enumerate()
        .Where(uid => uid.Type == DicomUidType.SOPClass && uid.Name.EndsWith("Storage", StringComparison.Ordinal))
        .Select(uid => uid.UID)
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The UIDs of all storage SOP classes in the dictionary.</summary>
    public static IReadOnlySet<string> All => Known.Value;

    public static bool Contains(string uid) => Known.Value.Contains(uid);
}
