using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A generated hostile report root: its SOP class, character set, title and content, as indexes into <see cref="HostileTrees"/>' pools.</summary>
internal sealed record HostileReport(int SopClass, int CharacterSet, int Title, int ContentShape, HostileItem[] Content)
{
    public DicomDataset Build() => HostileTrees.Build(this);

    /// <summary>How many content items of the root carry the concept at <paramref name="concept"/> of the pool.</summary>
    public int RootChildren(int concept) =>
        ContentShape == HostileTrees.SequenceShape ? Content.Count(item => item.Concept == concept) : 0;

    /// <summary>Whether a root content item is one of the Siemens radiation summary values.</summary>
    public bool HasSiemensSummaryValues =>
        ContentShape == HostileTrees.SequenceShape && Content.Any(item => HostileTrees.SiemensSummaryValues.Contains(item.Concept));
}
