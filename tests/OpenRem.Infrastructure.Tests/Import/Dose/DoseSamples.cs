using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>The shared samples the dose summary tests read, opened with OpenRem.Dicom.</summary>
internal static class DoseSamples
{
    /// <summary>The file names of every sample (all 65 are read, MG-Im-Hologic-PropProj.dcm's malformed sequence too).</summary>
    public static IReadOnlyList<string> All => [.. SharedMaterial.SampleFiles().Select(path => Path.GetFileName(path))];

    /// <summary>The whole dataset of a sample, as the importer reads it.</summary>
    public static DicomDataset Open(string fileName) => DicomFile.Open(SharedMaterial.Sample(fileName)).Dataset;

    /// <summary>The SOP class of a sample, from its header.</summary>
    public static string SopClass(string fileName) =>
        DicomFile.Open(SharedMaterial.Sample(fileName), DicomReaderOptions.HeaderOnly).Dataset.GetString(DicomTag.SOPClassUID);
}
