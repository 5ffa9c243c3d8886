using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// Series- and image-level C-FIND through the adapter against dcmqrscp and Orthanc, in the PET/CT study of the samples
/// (NM-CT-RDSR-Siemens.dcm's study: PET series, an RDSR and a radiopharmaceutical RDSR filed under a second patient ID).
/// </summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class SeriesAndImageFindTests(ArchivePeers peers)
{
    private static readonly string PetCtStudy = SampleLibrary.File("NM-CT-RDSR-Siemens.dcm").StudyInstanceUid;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task A_series_find_returns_every_series_of_the_study_with_its_modality_and_number(ArchiveKind kind)
    {
        var study = SampleLibrary.OfStudy(ArchivePeers.Holdings(kind), PetCtStudy);
        Assert.True(study.Select(sample => sample.SeriesInstanceUid).Distinct().Count() > 2, "the study should hold several series");

        var matches = await FindAsync(kind, archive => archive.FindSeriesAsync(new SeriesFindRequest(PetCtStudy), Token));

        Assert.Equal(
            study.Select(sample => sample.SeriesInstanceUid).Distinct().Order(StringComparer.Ordinal),
            matches.Select(match => match.SeriesInstanceUid).Order(StringComparer.Ordinal));
        Assert.All(matches, match =>
        {
            var first = study.First(sample => sample.SeriesInstanceUid == match.SeriesInstanceUid);
            Assert.Equal(first.Modality, match.Modality);
            Assert.Equal(first.SeriesNumber, match.SeriesNumber);
        });
    }

    [Fact]
    public async Task Orthanc_returns_the_optional_series_keys()
    {
        var study = SampleLibrary.OfStudy(SampleLibrary.InOrthanc, PetCtStudy);

        var matches = await FindAsync(ArchiveKind.Orthanc, archive => archive.FindSeriesAsync(new SeriesFindRequest(PetCtStudy), Token));

        Assert.NotEmpty(matches);
        Assert.All(matches, match =>
        {
            var series = study.Where(sample => sample.SeriesInstanceUid == match.SeriesInstanceUid).ToList();
            Assert.Equal(series[0].SeriesDescription ?? string.Empty, match.SeriesDescription);
            Assert.Equal(series[0].StationName ?? string.Empty, match.StationName);
            Assert.Equal(series.Select(sample => sample.SopInstanceUid).Distinct().Count(), match.NumberOfSeriesRelatedInstances);
        });
    }

    [Fact]
    public async Task Dcmqrscp_leaves_the_series_keys_it_does_not_support_out()
    {
        var matches = await FindAsync(ArchiveKind.Dcmqrscp, archive => archive.FindSeriesAsync(new SeriesFindRequest(PetCtStudy), Token));

        Assert.NotEmpty(matches);
        Assert.All(matches, match =>
        {
            Assert.Null(match.SeriesDescription);
            Assert.Null(match.NumberOfSeriesRelatedInstances);
            Assert.Null(match.SeriesTime);
        });
    }

    [Fact]
    public async Task A_series_description_in_UTF_8_is_decoded()
    {
        var sample = SampleLibrary.File("NM-NmIm-Siemens.dcm");
        Assert.Contains(sample.SeriesDescription!, text => text > '~');

        var matches = await FindAsync(ArchiveKind.Orthanc, archive => archive.FindSeriesAsync(new SeriesFindRequest(sample.StudyInstanceUid), Token));

        Assert.Equal(sample.SeriesDescription, Assert.Single(matches, match => match.SeriesInstanceUid == sample.SeriesInstanceUid).SeriesDescription);
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task An_image_find_returns_every_instance_of_the_series(ArchiveKind kind)
    {
        var series = LargestSeries(kind);

        var matches = await FindAsync(kind, archive => archive.FindImagesAsync(new ImageFindRequest(PetCtStudy, series[0].SeriesInstanceUid, InstanceNumber: null), Token));

        Assert.Equal(series.Select(sample => sample.SopInstanceUid).Order(StringComparer.Ordinal), matches.Select(match => match.SopInstanceUid).Order(StringComparer.Ordinal));
        Assert.All(matches, match =>
        {
            var sample = series.Single(sample => sample.SopInstanceUid == match.SopInstanceUid);
            Assert.Equal(sample.InstanceNumber, match.InstanceNumber);
            // dcmqrscp does not support SOPClassUID at image level (../shared/peers/README.md).
            Assert.Equal(kind == ArchiveKind.Orthanc ? sample.SopClassUid : null, match.SopClassUid);
        });
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task An_image_find_for_one_instance_number_returns_that_instance_only(ArchiveKind kind)
    {
        var series = LargestSeries(kind);
        var wanted = series.OrderBy(sample => sample.InstanceNumber).First();
        Assert.Single(series, sample => sample.InstanceNumber == wanted.InstanceNumber);

        var matches = await FindAsync(kind, archive => archive.FindImagesAsync(new ImageFindRequest(PetCtStudy, wanted.SeriesInstanceUid, wanted.InstanceNumber), Token));

        Assert.Equal(wanted.SopInstanceUid, Assert.Single(matches).SopInstanceUid);
    }

    /// <summary>The PET/CT study's series with the most instances (two PET images with different instance numbers).</summary>
    private static List<SampleObject> LargestSeries(ArchiveKind kind)
    {
        var series = SampleLibrary.OfStudy(ArchivePeers.Holdings(kind), PetCtStudy)
            .GroupBy(sample => sample.SeriesInstanceUid)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .First()
            .ToList();
        Assert.True(series.Count > 1, "the series should hold several instances");
        return series;
    }

    private async Task<List<T>> FindAsync<T>(ArchiveKind kind, Func<IRemoteArchive, IAsyncEnumerable<T>> find)
    {
        await using var archive = ArchiveNodes.Connect(peers.Endpoint(kind), ArchiveService.Find);
        return await Collect.AllAsync(find(archive));
    }
}
