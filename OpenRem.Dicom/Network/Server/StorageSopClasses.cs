using System.Collections.Frozen;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// The storage SOP classes of the dictionary: every SOP class whose name ends in "Storage", and those whose name goes
/// on after it ("Digital X-Ray Image Storage - For Presentation", "... - For Processing", "... - Trial"): leaving
/// those out would refuse DX, mammography and intra-oral images.
/// </summary>
public static class StorageSopClasses
{
    private static readonly Lazy<FrozenSet<string>> Known = new(() => DicomUID.Enumerate()
        .Where(uid => uid.Type == DicomUidType.SOPClass
            && (uid.Name.EndsWith("Storage", StringComparison.Ordinal) || uid.Name.Contains(" Storage - ", StringComparison.Ordinal)))
        .Select(uid => uid.UID)
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The UIDs of all storage SOP classes in the dictionary.</summary>
    public static IReadOnlySet<string> All => Known.Value;

    public static bool Contains(string uid) => Known.Value.Contains(uid);
}
