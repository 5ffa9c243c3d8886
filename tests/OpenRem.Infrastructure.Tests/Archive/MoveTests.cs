using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Statuses;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>C-MOVE through the adapter from dcmqrscp and Orthanc to DCMTK's storescp.</summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class MoveTests(ArchivePeers peers)
{
    private static readonly TimeSpan ArrivalLimit = TimeSpan.FromSeconds(60);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task A_series_move_reports_its_sub_operations_and_the_files_arrive(ArchiveKind kind)
    {
        var series = PetSeries(kind);
        peers.Store.ClearReceivedFiles();

        var responses = await MoveAsync(kind, new MoveRequest(QueryLevel.Series, series[0].StudyInstanceUid, series[0].SeriesInstanceUid, null, StoreAeTitle()));

        var final = responses[^1];
        Assert.Equal(0x0000, final.Status);
        Assert.Equal(series.Count, final.Completed);
        Assert.Equal(0, final.Failed ?? 0);
        Assert.Equal(0, final.Warning ?? 0);
        Assert.All(responses[..^1], response => Assert.Equal(DimseStatusKind.Pending, StatusDescription.KindOf(response.Status)));
        await peers.Store.WaitForFilesAsync(series.Count, ArrivalLimit, Token);
        Assert.Equal(series.Select(sample => sample.SopInstanceUid).Order(StringComparer.Ordinal), peers.ReceivedInstanceUids().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp)]
    [InlineData(ArchiveKind.Orthanc)]
    public async Task An_image_move_sends_that_instance_only(ArchiveKind kind)
    {
        var image = PetSeries(kind)[^1];
        peers.Store.ClearReceivedFiles();

        var responses = await MoveAsync(kind, new MoveRequest(QueryLevel.Image, image.StudyInstanceUid, image.SeriesInstanceUid, image.SopInstanceUid, StoreAeTitle()));

        Assert.Equal(0x0000, responses[^1].Status);
        Assert.Equal(1, responses[^1].Completed);
        await peers.Store.WaitForFilesAsync(1, ArrivalLimit, Token);
        Assert.Equal([image.SopInstanceUid], peers.ReceivedInstanceUids());
    }

    [Theory]
    [InlineData(ArchiveKind.Dcmqrscp, 0xA801)]
    [InlineData(ArchiveKind.Orthanc, 0xC000)]
    public async Task A_failure_status_is_the_final_response_not_an_exception(ArchiveKind kind, int expectedStatus)
    {
        // An unknown destination: dcmqrscp answers 0xA801, Orthanc 0xC000 (../shared/peers/README.md).
        var series = PetSeries(kind);

        var responses = await MoveAsync(kind, new MoveRequest(QueryLevel.Series, series[0].StudyInstanceUid, series[0].SeriesInstanceUid, null, AeTitle.Parse("NOSUCHAE")));

        Assert.Equal(expectedStatus, responses[^1].Status);
        Assert.Equal(DimseStatusKind.Failure, StatusDescription.KindOf(responses[^1].Status));
    }

    private static AeTitle StoreAeTitle() => AeTitle.Parse(ArchivePeers.StoreAeTitle);

    /// <summary>The PET series of the PET/CT study holding the most images, read from the samples.</summary>
    private static List<SampleObject> PetSeries(ArchiveKind kind)
    {
        var study = SampleLibrary.File("NM-CT-RDSR-Siemens.dcm").StudyInstanceUid;
        var series = SampleLibrary.OfStudy(ArchivePeers.Holdings(kind), study)
            .Where(sample => sample.Modality == "PT")
            .GroupBy(sample => sample.SeriesInstanceUid)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .First()
            .ToList();
        Assert.True(series.Count > 1, "the series should hold several instances");
        return series;
    }

    private async Task<List<MoveResponse>> MoveAsync(ArchiveKind kind, MoveRequest request)
    {
        await using var archive = ArchiveNodes.Connect(peers.Endpoint(kind), ArchiveService.Move);
        var responses = await Collect.AllAsync(archive.MoveAsync(request, Token));
        Assert.NotEmpty(responses);
        return responses;
    }
}
