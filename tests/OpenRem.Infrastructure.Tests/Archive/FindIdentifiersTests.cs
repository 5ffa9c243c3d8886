using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class FindIdentifiersTests
{
    [Fact]
    public void A_study_request_becomes_a_Study_Root_identifier_with_exactly_its_keys()
    {
        var find = FindIdentifiers.Create(new StudyFindRequest("20240101-20240131", "080000-170059", "CT", IncludeEmptyModalityKey: false));

        Assert.Equal(DicomUID.StudyRootQueryRetrieveInformationModelFind, find.SOPClassUID);
        Assert.Equal(DicomQueryRetrieveLevel.Study, find.Level);
        Assert.Equal(
            [
                DicomTag.SpecificCharacterSet, DicomTag.StudyDate, DicomTag.StudyTime, DicomTag.QueryRetrieveLevel, DicomTag.ModalitiesInStudy,
                DicomTag.StationName, DicomTag.StudyDescription, DicomTag.StudyInstanceUID, DicomTag.NumberOfStudyRelatedSeries,
            ],
            find.Dataset!.Select(item => item.Tag).Order());
        Assert.Equal("20240101-20240131", find.Dataset!.GetString(DicomTag.StudyDate));
        Assert.Equal("080000-170059", find.Dataset.GetString(DicomTag.StudyTime));
        Assert.Equal("CT", find.Dataset.GetString(DicomTag.ModalitiesInStudy));
        Assert.Equal(string.Empty, find.Dataset.GetString(DicomTag.SpecificCharacterSet));
        Assert.Equal(string.Empty, find.Dataset.GetString(DicomTag.StudyInstanceUID));
    }

    [Fact]
    public void The_modality_quirk_adds_an_empty_Modality_key()
    {
        var find = FindIdentifiers.Create(new StudyFindRequest(string.Empty, string.Empty, "MG", IncludeEmptyModalityKey: true));

        Assert.Equal(string.Empty, find.Dataset!.GetString(DicomTag.Modality));
    }

    [Fact]
    public void Series_and_image_requests_carry_the_unique_keys_above_their_level()
    {
        var series = FindIdentifiers.Create(new SeriesFindRequest("1.2.3"));
        var image = FindIdentifiers.Create(new ImageFindRequest("1.2.3", "1.2.3.4", InstanceNumber: 1));

        Assert.Equal(DicomQueryRetrieveLevel.Series, series.Level);
        Assert.Equal("1.2.3", series.Dataset!.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal(string.Empty, series.Dataset.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal(DicomQueryRetrieveLevel.Image, image.Level);
        Assert.Equal("1.2.3.4", image.Dataset!.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal("1", image.Dataset.GetString(DicomTag.InstanceNumber));
        Assert.Equal(string.Empty, image.Dataset.GetString(DicomTag.SOPClassUID));
    }

    [Fact]
    public void A_non_ASCII_matching_value_is_sent_in_UTF_8()
    {
        var find = FindIdentifiers.Create(new DescriptionFindRequest("Teilkörper*"));

        Assert.Equal("ISO_IR 192", find.Dataset!.GetString(DicomTag.SpecificCharacterSet));
        Assert.Equal("Teilkörper*", find.Dataset.GetString(DicomTag.StudyDescription));
    }
}
