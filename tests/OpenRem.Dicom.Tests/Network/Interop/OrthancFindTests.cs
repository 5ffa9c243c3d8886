using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// Our client against Orthanc loaded with the shared samples: C-ECHO, and C-FIND at patient, study, series and image
/// level, each answer set equal to what DCMTK's findscu gets for the same identifier from the same Orthanc (see
/// <see cref="FindscuComparison"/> for how they are compared). Orthanc answers more than dcmqrscp does
/// (ModalitiesInStudy, the NumberOf...Related... counts, series and image attributes, relational queries without the
/// upper-level UIDs), always in UTF-8 here (its DefaultEncoding), so these queries reach further than the dcmqrscp ones.
/// </summary>
[Collection(OrthancInteropGroup.Name)]
public sealed class OrthancFindTests(OrthancPeers peers)
{
    private const string PetCtStudy = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";
    private const string PetSeries = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300006537";

    /// <summary>CT-RDSR-Siemens-Multi-1/-2/-3: one study, three series.</summary>
    private const string MultiSeriesStudy = "1.3.6.1.4.1.5962.99.1.792239193.1702185591.1516915727449.3.0";

    /// <summary>Every sample but the malformed one, which Orthanc refuses.</summary>
    private const int LoadedSamples = 64;

    private IDicomClient Client => DicomClientFactory.Create(peers.Archive.Host, peers.Archive.DicomPort, useTls: false, "OPENREM", peers.Archive.AeTitle);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echo_succeeds()
    {
        var response = await Client.SendCEchoAsync(Token);

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Equal(LoadedSamples, peers.Archive.Loaded.Stored);
    }

    [Theory]
    [InlineData("StudyDate=20180101-20181231", "StudyTime", "AccessionNumber", "PatientID", "StudyInstanceUID", "StudyDescription", "ModalitiesInStudy", "StationName", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances")]
    [InlineData("StudyDate=-20130101", "StudyInstanceUID", "PatientName")]
    [InlineData("StudyDate=20220101-", "StudyInstanceUID", "StudyDescription", "ModalitiesInStudy")]
    [InlineData("StudyDate=20220224", "StudyInstanceUID", "PatientID", "StudyTime")]
    [InlineData("StudyDate=20220224", "StudyTime=080000-235959", "StudyInstanceUID", "PatientID")]
    public async Task Study_level_date_ranges_match_findscu(params string[] keys) =>
        await AssertStudyAnswersMatchAsync(keys);

    [Theory]
    [InlineData("StudyDescription=*Thorax*", "StudyInstanceUID", "StudyDate", "PatientName")]
    [InlineData("PatientName=OpenREM^*", "StudyInstanceUID", "PatientID")]
    [InlineData("PatientName=*Samantha", "StudyInstanceUID", "StudyDescription")]
    [InlineData("PatientName=REMOVED?", "StudyInstanceUID", "ModalitiesInStudy")]
    [InlineData("StudyDescription=PET/CT*", "StudyInstanceUID", "PatientName", "NumberOfStudyRelatedInstances")]
    [InlineData("SpecificCharacterSet=ISO_IR 192", "PatientName=Kri*", "StudyInstanceUID", "StudyDate")]
    public async Task Study_level_wildcards_match_findscu(params string[] keys) =>
        await AssertStudyAnswersMatchAsync(keys);

    [Theory]
    [InlineData("ModalitiesInStudy=CT", "StudyInstanceUID", "StudyDescription")]
    [InlineData("ModalitiesInStudy=MG", "StudyInstanceUID", "PatientName", "NumberOfStudyRelatedSeries")]
    [InlineData("ModalitiesInStudy=PT\\SR", "StudyInstanceUID", "StudyDate", "StudyDescription")]
    [InlineData("ModalitiesInStudy=NM", "StudyDate=20220101-20221231", "StudyInstanceUID")]
    public async Task Study_level_modalities_in_study_match_findscu(params string[] keys) =>
        await AssertStudyAnswersMatchAsync(keys);

    [Theory]
    [InlineData("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyDate", "StudyTime", "StudyID", "ReferringPhysicianName", "AccessionNumber", "StudyDescription", "ModalitiesInStudy", "StationName", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances", "StudyInstanceUID")]
    [InlineData("StudyInstanceUID")]
    public async Task Study_level_with_only_empty_return_keys_matches_findscu(params string[] keys)
    {
        var answers = await AssertStudyAnswersMatchAsync(keys);

        Assert.True(answers > 50, $"{answers} studies");
    }

    [Fact]
    public async Task The_library_study_query_matches_findscu()
    {
        var answers = await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, DicomCFindRequest.CreateStudyQuery(), Token);

        Assert.True(answers > 50, $"{answers} studies");
    }

    [Theory]
    [InlineData("StudyInstanceUID=" + PetCtStudy, "SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription", "StationName", "Manufacturer", "NumberOfSeriesRelatedInstances", "SeriesDate", "SeriesTime", "BodyPartExamined", "ProtocolName")]
    [InlineData("Modality=SR", "StudyInstanceUID", "SeriesInstanceUID", "SeriesDescription")]
    [InlineData("SeriesDescription=*Dose*", "StudyInstanceUID", "SeriesInstanceUID", "Modality")]
    [InlineData("SeriesDate=20180101-20191231", "Modality=SR", "StudyInstanceUID", "SeriesInstanceUID", "SeriesDate")]
    [InlineData("Modality=PT", "StudyInstanceUID", "SeriesInstanceUID", "Manufacturer", "NumberOfSeriesRelatedInstances")]
    public async Task Series_level_matches_findscu(params string[] keys) =>
        await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, FindscuComparison.Request(DicomQueryRetrieveLevel.Series, keys), Token);

    [Fact]
    public async Task The_library_series_query_matches_findscu()
    {
        var answers = await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, DicomCFindRequest.CreateSeriesQuery(PetCtStudy), Token);

        Assert.True(answers >= 3, $"{answers} series");
    }

    [Theory]
    [InlineData("StudyInstanceUID=" + PetCtStudy, "SeriesInstanceUID=" + PetSeries, "SOPInstanceUID", "SOPClassUID", "InstanceNumber", "NumberOfFrames", "ContentDate", "ContentTime")]
    [InlineData("StudyInstanceUID=" + PetCtStudy, "SOPClassUID=1.2.840.10008.5.1.4.1.1.88.68", "SeriesInstanceUID", "SOPInstanceUID")]
    [InlineData("StudyInstanceUID=" + PetCtStudy, "SOPInstanceUID", "SOPClassUID", "InstanceNumber")]
    [InlineData("StudyInstanceUID=" + MultiSeriesStudy, "ContentDate=20180101-20181231", "SeriesInstanceUID", "SOPInstanceUID", "ContentDate", "ContentTime")]
    public async Task Image_level_matches_findscu(params string[] keys) =>
        await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, FindscuComparison.Request(DicomQueryRetrieveLevel.Image, keys), Token);

    [Fact]
    public async Task The_library_image_query_matches_findscu()
    {
        var answers = await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, DicomCFindRequest.CreateImageQuery(PetCtStudy, PetSeries), Token);

        Assert.Equal(2, answers);
    }

    [Theory]
    [InlineData("PatientName=OpenREM*", "PatientID", "PatientBirthDate", "NumberOfPatientRelatedStudies")]
    [InlineData("PatientID", "PatientName", "PatientSex")]
    public async Task Patient_root_patient_level_matches_findscu(params string[] keys) =>
        await FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, FindscuComparison.Request(DicomQueryRetrieveLevel.Patient, keys), Token);

    [Fact]
    public async Task Leaving_a_find_early_cancels_it_and_the_association_stays_usable()
    {
        await using var association = await Client.OpenAssociationAsync(Token);
        var first = 0;
        await foreach (var response in association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), Token))
        {
            Assert.Equal(DicomState.Pending, response.Status.State);
            first++;
            break;
        }

        var all = new List<DicomCFindResponse>();
        await foreach (var response in association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), Token))
        {
            all.Add(response);
        }

        var echo = await association.SendCEchoAsync(Token);
        await association.ReleaseAsync(Token);

        Assert.Equal(1, first);
        Assert.True(all.Count > 50, $"{all.Count} responses");
        Assert.Equal(DicomStatus.Success, all[^1].Status);
        Assert.Equal(DicomStatus.Success, echo.Status);
    }

    private Task<int> AssertStudyAnswersMatchAsync(string[] keys) =>
        FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, FindscuComparison.Request(DicomQueryRetrieveLevel.Study, keys), Token);
}
