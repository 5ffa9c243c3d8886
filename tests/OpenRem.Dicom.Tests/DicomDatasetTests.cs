using OpenRem.Dicom.IO;

namespace OpenRem.Dicom.Tests;

public sealed class DicomDatasetTests
{
    [Fact]
    public void Items_are_kept_in_tag_order_whatever_the_order_of_adding()
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.StudyDescription, "B");
        dataset.AddOrUpdate(DicomTag.Modality, "CT");
        dataset.AddOrUpdate(DicomTag.PatientID, "123");
        dataset.AddOrUpdate(DicomTag.StudyDescription, "A");

        Assert.Equal([DicomTag.Modality, DicomTag.StudyDescription, DicomTag.PatientID], dataset.Select(i => i.Tag));
        Assert.Equal("A", dataset.GetString(DicomTag.StudyDescription));
        Assert.Throws<ArgumentException>(() => dataset.Add(new DicomElement(DicomTag.Modality, DicomVR.CS, "MG"u8.ToArray())));
        Assert.True(dataset.Remove(DicomTag.Modality));
        Assert.False(dataset.Contains(DicomTag.Modality));
    }

    [Fact]
    public void Typed_getters_convert_text_and_binary_values()
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.ExposureTime, "12", "-3");
        dataset.AddOrUpdate(DicomTag.SliceThickness, "2.5");
        dataset.AddOrUpdate<ushort>(DicomTag.Columns, 256);
        dataset.AddOrUpdate(DicomTag.StudyDate, "20240229");
        dataset.AddOrUpdate(DicomTag.StudyTime, "235959.5");
        dataset.AddOrUpdate(DicomTag.PatientName, "Doe^Jane");

        Assert.Equal([12, -3], dataset.GetValues<int>(DicomTag.ExposureTime));
        Assert.Equal(2.5m, dataset.GetSingleValue<decimal>(DicomTag.SliceThickness));
        Assert.Equal(256L, dataset.GetSingleValue<long>(DicomTag.Columns));
        Assert.Equal(new DateTime(2024, 2, 29), dataset.GetSingleValue<DateTime>(DicomTag.StudyDate));
        Assert.Equal(new TimeSpan(0, 23, 59, 59, 500), dataset.GetSingleValue<DateTime>(DicomTag.StudyTime).TimeOfDay);
        Assert.Equal(2, dataset.GetValueCount(DicomTag.ExposureTime));
        Assert.Equal("fallback", dataset.GetSingleValueOrDefault(DicomTag.AccessionNumber, "fallback"));
        Assert.Throws<DicomDataException>(() => dataset.GetSingleValue<int>(DicomTag.PatientName));
        Assert.Throws<DicomDataException>(() => dataset.GetSingleValue<int>(DicomTag.AccessionNumber));
    }

    [Fact]
    public void Sequence_items_inherit_the_character_set_unless_they_have_their_own()
    {
        var inheriting = new DicomDataset();
        var own = new DicomDataset();
        own.AddOrUpdate(DicomTag.SpecificCharacterSet, "ISO_IR 192");
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SpecificCharacterSet, "ISO_IR 100");
        dataset.AddOrUpdate(DicomTag.ContentSequence, inheriting, own);

        inheriting.AddOrUpdate(DicomTag.PersonName, "Müller");
        own.AddOrUpdate(DicomTag.PersonName, "Müller");

        Assert.Equal("ISO_IR 100", Assert.Single(inheriting.CharacterSet.Values));
        Assert.Equal(6, inheriting.GetDicomItem<DicomElement>(DicomTag.PersonName)!.Length);
        Assert.Equal(8, own.GetDicomItem<DicomElement>(DicomTag.PersonName)!.Length); // 7 bytes of UTF-8, padded to even length
        Assert.Equal("Müller", inheriting.GetString(DicomTag.PersonName));
        Assert.Equal("Müller", own.GetString(DicomTag.PersonName));
    }

    [Fact]
    public void Written_and_read_again_in_both_little_endian_syntaxes_the_values_are_the_same()
    {
        foreach (var syntax in new[] { DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian })
        {
            var dataset = new DicomDataset();
            dataset.AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3");
            dataset.AddOrUpdate(DicomTag.PatientName, "Odd");
            dataset.AddOrUpdate<float>(DicomTag.RecommendedDisplayFrameRateInFloat, 12.5f);
            dataset.AddOrUpdate(DicomTag.ContentSequence, new DicomDataset(), new DicomDataset());

            using var stream = new MemoryStream();
            new DicomFile(DicomFileMetaInformation.Create(dataset, syntax), dataset).Save(stream);
            stream.Position = 0;
            var read = DicomFile.Open(stream);

            Assert.Equal(syntax, read.FileMetaInfo.TransferSyntax);
            Assert.Equal("1.2.3", read.Dataset.GetString(DicomTag.SOPInstanceUID));
            Assert.Equal(6, read.Dataset.GetDicomItem<DicomElement>(DicomTag.SOPInstanceUID)!.Length); // padded with one NUL
            Assert.Equal("Odd", read.Dataset.GetString(DicomTag.PatientName));
            Assert.Equal(12.5f, read.Dataset.GetSingleValue<float>(DicomTag.RecommendedDisplayFrameRateInFloat));
            Assert.Equal(2, read.Dataset.GetSequence(DicomTag.ContentSequence).Items.Count);
            Assert.Equal(DicomImplementation.ClassUID, read.FileMetaInfo.ImplementationClassUID);
        }
    }

    [Fact]
    public void Big_endian_and_deflated_syntaxes_are_read_but_not_written()
    {
        var file = new DicomFile(DicomFileMetaInformation.Create(new DicomDataset(), DicomTransferSyntax.ExplicitVRBigEndian), new DicomDataset());

        Assert.Throws<NotSupportedException>(() => file.Save(new MemoryStream()));
        Assert.True(DicomReaderOptions.HeaderOnly.StopAtTag == DicomTag.PixelData);
    }
}
