using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

[Collection(DcmtkInteropGroup.Name)]
public sealed class DcmqrscpMoveTests(DcmtkPeers peers)
{
    private const string PetCtStudy = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";
    private const string PetSeries = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300006537";

    private IDicomClient Client => DicomClientFactory.Create("127.0.0.1", peers.Archive.Port, useTls: false, "OPENREM", DcmtkPeers.QueryAE);

    [Fact]
    public async Task Moving_a_series_to_storescp_reports_progress_and_the_files_arrive()
    {
        var ct = TestContext.Current.CancellationToken;
        var instances = new List<string>();
        await foreach (var match in Client.SendCFindAsync(DicomCFindRequest.CreateImageQuery(PetCtStudy, PetSeries), ct))
        {
            if (match.Dataset is { } identifier)
            {
                instances.Add(identifier.GetString(DicomTag.SOPInstanceUID).TrimEnd('\0', ' '));
            }
        }

        var responses = new List<DicomCMoveResponse>();
        await foreach (var response in Client.SendCMoveAsync(new DicomCMoveRequest(DcmtkPeers.StoreAE, PetCtStudy, PetSeries), ct))
        {
            responses.Add(response);
        }

        var final = responses[^1];
        Assert.Equal(2, instances.Count);
        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(instances.Count, final.Completed);
        Assert.Equal(0, final.Failures);
        Assert.Equal(0, final.Warnings);
        Assert.Null(final.Remaining);
        Assert.Equal(instances.Count, responses.Count - 1);
        Assert.Equal([1, 0], responses[..^1].Select(r => r.Remaining));
        Assert.Subset(peers.ReceivedInstanceUids().ToHashSet(), instances.ToHashSet());
    }

    [Fact]
    public async Task An_unknown_destination_is_refused_with_A801()
    {
        var response = Assert.Single(await Collect(Client.SendCMoveAsync(new DicomCMoveRequest("NOSUCHAE", PetCtStudy), TestContext.Current.CancellationToken)));

        Assert.Equal(DicomStatus.QueryRetrieveMoveDestinationUnknown, response.Status);
        Assert.Equal(0, response.Completed);
        Assert.Equal(0, response.Failures);
    }

    [Fact]
    public async Task Find_and_move_share_one_association()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var association = await Client.OpenAssociationAsync(ct);
        var series = await Collect(association.SendCFindAsync(DicomCFindRequest.CreateSeriesQuery(PetCtStudy), ct));
        var moved = await Collect(association.SendCMoveAsync(new DicomCMoveRequest(DcmtkPeers.StoreAE, PetCtStudy, PetSeries), ct));
        await association.ReleaseAsync(ct);

        Assert.True(series.Count >= 3);
        Assert.Equal(DicomStatus.Success, moved[^1].Status);
        Assert.Equal(2, moved[^1].Completed);
    }

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
