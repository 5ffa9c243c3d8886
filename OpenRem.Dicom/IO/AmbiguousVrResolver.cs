namespace OpenRem.Dicom.IO;

/// <summary>
/// Settles the VR of elements read without one whose dictionary entry allows several (PS3.5 Annex A,
/// PS3.3 C.7.6.3, C.10.9, C.11.1): "US or SS" follows Pixel Representation, "OB or OW" is OW in implicit
/// VR, LUT Data is US when the LUT Descriptor says it has a single entry, OW otherwise.
/// </summary>
internal static class AmbiguousVrResolver
{
    private static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);
    private static readonly DicomTag PixelData = new(0x7FE0, 0x0010);
    private static readonly DicomTag LutDescriptor = new(0x0028, 0x3002);
    private static readonly DicomTag BitsAllocated = new(0x0028, 0x0100);

    public static void Resolve(DicomDataset dataset, bool explicitVr)
    {
        foreach (var item in dataset)
        {
            switch (item)
            {
                case DicomSequence sequence:
                    foreach (var child in sequence.Items)
                    {
                        Resolve(child, explicitVr);
                    }

                    break;
                case DicomElement { AmbiguousValueRepresentations: { } candidates } element:
                    element.ValueRepresentation = Choose(element, candidates, dataset, explicitVr);
                    element.AmbiguousValueRepresentations = null;
                    break;
            }
        }
    }

    private static DicomVR Choose(DicomElement element, IReadOnlyList<DicomVR> candidates, DicomDataset dataset, bool explicitVr)
    {
        var hasUs = candidates.Contains(DicomVR.US);
        var hasSs = candidates.Contains(DicomVR.SS);
        var hasOw = candidates.Contains(DicomVR.OW);
        var hasOb = candidates.Contains(DicomVR.OB);

        if (hasOb && hasOw)
        {
            if (element.Tag == PixelData && explicitVr)
            {
                return dataset.TryGetSingleValue<int>(BitsAllocated, out var bits) && bits <= 8 ? DicomVR.OB : DicomVR.OW;
            }

            return DicomVR.OW;
        }

        if (hasUs && hasOw)
        {
            return dataset.TryGetValues<int>(LutDescriptor, out var descriptor) && descriptor.Length > 0 && descriptor[0] == 1
                ? DicomVR.US
                : DicomVR.OW;
        }

        if (hasUs && hasSs)
        {
            return IsSigned(dataset) ? DicomVR.SS : DicomVR.US;
        }

        return candidates[0];
    }

    /// <summary>Pixel Representation 1 means signed; it is usually in the top-level dataset, so look up the parents too.</summary>
    private static bool IsSigned(DicomDataset dataset)
    {
        for (var ds = dataset; ds is not null; ds = ds.Parent)
        {
            if (ds.GetDicomItem<DicomElement>(PixelRepresentation) is { Length: >= 2 } element)
            {
                return element.GetBinaryValue<ushort>(0) != 0;
            }
        }

        return false;
    }
}
