using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>Changes a dataset in place and hands it on, for building odd trees in one expression.</summary>
internal static class DatasetExtensions
{
    public static DicomDataset Also(this DicomDataset dataset, Action<DicomDataset> change)
    {
        change(dataset);
        return dataset;
    }
}
