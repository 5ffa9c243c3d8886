using OpenRem.Domain.Ports.Archive;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Study-level C-FIND through the adapter against dcmqrscp and Orthanc holding the shared samples.</summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class StudyFindTests(ArchivePeers peers)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Orthanc_matches_ModalitiesInStudy_and_returns_it_with_the_study_keys()
    {
        var samples = SampleLibrary.InOrthanc;
        var ctStudies = samples.Where(sample => sample.Modality == "CT").Select(sample => sample.StudyInstanceUid).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ctStudies);

        var matches = await FindAsync(ArchiveKind.Orthanc, new StudyFindRequest(string.Empty, string.Empty, "CT", IncludeEmptyModalityKey: false));

        Assert.Equal(StudyAnswers(samples.Where(sample => ctStudies.Contains(sample.StudyInstanceUid))), matches.Select(match => match.StudyInstanceUid).Order(StringComparer.Ordinal));
        foreach (var match in matches)
        {
            var study = SampleLibrary.OfStudy(samples, match.StudyInstanceUid);
            Assert.Contains("CT", match.ModalitiesInStudy!);
            Assert.Equal(study.Select(sample => sample.Modality).Distinct().Order(StringComparer.Ordinal), match.ModalitiesInStudy!.Order(StringComparer.Ordinal));
            Assert.Equal(study[0].StudyDescription ?? string.Empty, match.StudyDescription);
            Assert.Equal(study.Select(sample => sample.SeriesInstanceUid).Distinct().Count(), match.NumberOfStudyRelatedSeries);
            Assert.Equal(string.Empty, match.StationName);
            Assert.Null(match.Modality);
        }
    }

    [Fact]
    public async Task Dcmqrscp_ignores_ModalitiesInStudy_and_leaves_the_keys_it_does_not_support_out()
    {
        var samples = SampleLibrary.InDcmqrscp;

        var matches = await FindAsync(ArchiveKind.Dcmqrscp, new StudyFindRequest(string.Empty, string.Empty, "CT", IncludeEmptyModalityKey: false));

        Assert.Equal(StudyAnswers(samples), matches.Select(match => match.StudyInstanceUid).Order(StringComparer.Ordinal));
        Assert.Contains(matches, match => SampleLibrary.OfStudy(samples, match.StudyInstanceUid).All(sample => sample.Modality != "CT"));
        Assert.All(matches, match =>
        {
            Assert.Null(match.ModalitiesInStudy);
            Assert.Null(match.NumberOfStudyRelatedSeries);
            Assert.Null(match.StationName);
            Assert.Equal(SampleLibrary.OfStudy(samples, match.StudyInstanceUid)[0].StudyDescription ?? string.Empty, match.StudyDescription ?? string.Empty);
        });
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task A_date_range_is_sent_as_a_matching_key(ArchiveKind kind)
    {
        var samples = ArchivePeers.Holdings(kind);
        var inRange = samples.Where(sample => sample.StudyDate is { } date && string.CompareOrdinal(date, "20180101") >= 0 && string.CompareOrdinal(date, "20181231") <= 0).ToList();
        // dcmqrscp ignores ModalitiesInStudy (../shared/peers/README.md), so it answers every study of the range.
        var srStudies = samples.Where(sample => sample.Modality == "SR").Select(sample => sample.StudyInstanceUid).ToHashSet(StringComparer.Ordinal);
        var expected = kind == ArchiveKind.Dcmqrscp ? inRange : inRange.Where(sample => srStudies.Contains(sample.StudyInstanceUid)).ToList();
        Assert.NotEmpty(expected);

        var matches = await FindAsync(kind, new StudyFindRequest("20180101-20181231", string.Empty, "SR", IncludeEmptyModalityKey: false));

        Assert.Equal(StudyAnswers(expected), matches.Select(match => match.StudyInstanceUid).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task Text_is_decoded_with_the_character_set_of_each_response(ArchiveKind kind)
    {
        var sample = SampleLibrary.File("NM-PetIm-GE.dcm");
        Assert.Contains(sample.StudyDescription!, text => text > '~');

        var matches = await FindAsync(kind, new StudyFindRequest(sample.StudyDate!, string.Empty, sample.Modality, IncludeEmptyModalityKey: false));

        var match = Assert.Single(matches, match => match.StudyInstanceUid == sample.StudyInstanceUid);
        Assert.Equal(sample.StudyDescription, match.StudyDescription);
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task The_matches_equal_what_findscu_receives_for_the_same_identifier(ArchiveKind kind)
    {
        var request = new StudyFindRequest("20100101-20191231", string.Empty, "MG", IncludeEmptyModalityKey: true);

        var matches = await FindAsync(kind, request);
        var reference = await FindscuReference.FindAsync(peers.Endpoint(kind), request, Token);

        Assert.NotEmpty(reference);
        Assert.Equal(
            reference.Select(FindscuReference.DescribeStudy).Order(StringComparer.Ordinal),
            matches.Select(FindscuReference.DescribeStudy).Order(StringComparer.Ordinal));
    }

    /// <summary>One answer per study and patient ID: both peers answer a study held under two patient IDs twice (../shared/peers/README.md).</summary>
    private static IEnumerable<string> StudyAnswers(IEnumerable<SampleObject> samples) =>
        samples.Select(sample => (sample.PatientId, sample.StudyInstanceUid)).Distinct().Select(answer => answer.StudyInstanceUid).Order(StringComparer.Ordinal);

    private async Task<List<StudyMatch>> FindAsync(ArchiveKind kind, StudyFindRequest request)
    {
        await using var archive = ArchiveNodes.Connect(peers.Endpoint(kind), ArchiveService.Find);
        return await Collect.AllAsync(archive.FindStudiesAsync(request, Token));
    }
}
