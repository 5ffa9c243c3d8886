using OpenRem.Dicom;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>The port's rule for returned keys, on identifiers built here: left out is null, returned empty is "" or an empty list.</summary>
public sealed class MatchReaderTests
{
    [Fact]
    public void Keys_left_out_are_null()
    {
        var study = MatchReader.Study(new DicomDataset().AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.3"));
        var series = MatchReader.Series(new DicomDataset().AddOrUpdate(DicomTag.SeriesInstanceUID, "1.2.3.4"));
        var image = MatchReader.Image(new DicomDataset().AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3.4.5"));

        Assert.Equal(new StudyMatchText("1.2.3", null, null, null, null, null), StudyMatchText.Of(study));
        Assert.Equal(new Domain.Ports.Archive.SeriesMatch("1.2.3.4"), series);
        Assert.Equal(new Domain.Ports.Archive.ImageMatch("1.2.3.4.5"), image);
    }

    [Fact]
    public void Keys_returned_empty_are_empty_and_empty_numbers_are_null()
    {
        var identifier = new DicomDataset()
            .AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.3")
            .AddOrUpdate(DicomTag.StudyDescription, string.Empty)
            .AddOrUpdate(DicomTag.StationName, string.Empty)
            .AddOrUpdate(DicomTag.ModalitiesInStudy, string.Empty)
            .AddOrUpdate(DicomTag.Modality, string.Empty)
            .AddOrUpdate(DicomTag.NumberOfStudyRelatedSeries, string.Empty);

        var study = MatchReader.Study(identifier);

        Assert.Equal(new StudyMatchText("1.2.3", string.Empty, string.Empty, string.Empty, string.Empty, null), StudyMatchText.Of(study));
        Assert.Empty(study.ModalitiesInStudy!);
    }

    [Fact]
    public void Values_are_read_as_received()
    {
        var identifier = new DicomDataset()
            .AddOrUpdate(DicomTag.SpecificCharacterSet, "ISO_IR 192")
            .AddOrUpdate(DicomTag.StudyInstanceUID, "1.2.3")
            .AddOrUpdate(DicomTag.StudyDescription, "Teilkörper-PET")
            .AddOrUpdate(DicomTag.ModalitiesInStudy, "CT,SR", "PT")
            .AddOrUpdate(DicomTag.NumberOfStudyRelatedSeries, "12");

        var study = MatchReader.Study(identifier);

        Assert.Equal("Teilkörper-PET", study.StudyDescription);
        Assert.Equal(["CT,SR", "PT"], study.ModalitiesInStudy!);
        Assert.Equal(12, study.NumberOfStudyRelatedSeries);
    }

    [Fact]
    public void A_series_description_of_several_values_is_joined_without_separator_and_bad_numbers_and_times_are_null()
    {
        var identifier = new DicomDataset()
            .AddOrUpdate(DicomTag.SeriesInstanceUID, "1.2.3.4")
            .AddOrUpdate(DicomTag.Modality, "CT")
            .AddOrUpdate(DicomTag.SeriesDescription, "Dose", " Info")
            .AddOrUpdate(DicomTag.SeriesNumber, "x7")
            .AddOrUpdate(DicomTag.NumberOfSeriesRelatedInstances, "3")
            .AddOrUpdate(DicomTag.SeriesTime, "2561");

        var series = MatchReader.Series(identifier);

        Assert.Equal("DoseInfo", series.SeriesDescription);
        Assert.Null(series.SeriesNumber);
        Assert.Equal(3, series.NumberOfSeriesRelatedInstances);
        Assert.Null(series.SeriesTime);
        Assert.Equal("CT", series.Modality);
    }

    [Fact]
    public void An_image_match_reads_class_and_number()
    {
        var identifier = new DicomDataset()
            .AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3.4.5")
            .AddOrUpdate(DicomTag.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTag.InstanceNumber, "0");

        Assert.Equal(new Domain.Ports.Archive.ImageMatch("1.2.3.4.5", "1.2.840.10008.5.1.4.1.1.7", 0), MatchReader.Image(identifier));
    }
}
