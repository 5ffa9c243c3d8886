using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Lenient reads of structured report content items: an absent element, an empty sequence or an element of an
/// unexpected VR reads as null or as no items; nothing here throws on odd content. Each read looks at one level of
/// the content tree, so a reader goes exactly as deep as its template says and no deeper.
/// </summary>
internal static class ContentItems
{
    private static readonly char[] Padding = [' ', '\0', '\t', '\r', '\n'];

    /// <summary>The items of Content Sequence (0040,A730); none when absent or not a sequence.</summary>
    public static IReadOnlyList<DicomDataset> Children(this DicomDataset item) => item.Items(DicomTag.ContentSequence);

    /// <summary>The child content items whose concept name is <paramref name="concept"/>, in order.</summary>
    public static IEnumerable<DicomDataset> ChildrenNamed(this DicomDataset item, SrConcept concept) =>
        item.Children().Where(child => concept.Matches(child.ConceptName()));

    /// <summary>The first child content item whose concept name is <paramref name="concept"/>; null when there is none.</summary>
    public static DicomDataset? Child(this DicomDataset item, SrConcept concept) => item.ChildrenNamed(concept).FirstOrDefault();

    /// <summary>The first child content item whose concept name is any of <paramref name="concepts"/>, tried in order.</summary>
    public static DicomDataset? Child(this DicomDataset item, IEnumerable<SrConcept> concepts) =>
        concepts.Select(item.Child).FirstOrDefault(child => child is not null);

    /// <summary>The first code of Concept Name Code Sequence (0040,A043).</summary>
    public static SrCode? ConceptName(this DicomDataset item) => item.Code(DicomTag.ConceptNameCodeSequence);

    /// <summary>The value of a CODE content item: the first code of Concept Code Sequence (0040,A168).</summary>
    public static SrCode? ConceptCode(this DicomDataset item) => item.Code(DicomTag.ConceptCodeSequence);

    /// <summary>The first code of a code sequence; null when the sequence is absent or empty.</summary>
    public static SrCode? Code(this DicomDataset item, DicomTag sequence) =>
        item.Items(sequence) is [var code, ..]
            ? new SrCode(code.Text(DicomTag.CodeValue) ?? string.Empty, code.Text(DicomTag.CodingSchemeDesignator) ?? string.Empty, code.Text(DicomTag.CodeMeaning))
            : null;

    /// <summary>
    /// The whole value of a text element, decoded with the character set in force, without leading or trailing
    /// padding; null when absent, empty, or not of a text VR.
    /// </summary>
    public static string? Text(this DicomDataset item, DicomTag tag)
    {
        if (item.GetDicomItem<DicomElement>(tag) is not { ValueRepresentation.IsString: true } element)
        {
            return null;
        }

        var text = element.GetRawString(item.CharacterSet).Trim(Padding);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The items of a sequence; none when absent or not a sequence.</summary>
    public static IReadOnlyList<DicomDataset> Items(this DicomDataset item, DicomTag sequence) =>
        item.GetDicomItem<DicomSequence>(sequence)?.Items ?? [];
}
