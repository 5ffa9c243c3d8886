using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

[Collection(DcmtkInteropGroup.Name)]
public sealed class DcmqrscpFindTests(DcmtkPeers peers)
{
    private const string PetCtStudy = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";
    private const string PetSeries = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300006537";

    private IDicomClient Client => DicomClientFactory.Create("127.0.0.1", peers.Archive.Port, useTls: false, "OPENREM", DcmtkPeers.QueryAE);

    [Fact]
    public async Task Echo_succeeds()
    {
        Assert.True(peers.LoadedInstances > 50, $"only {peers.LoadedInstances} samples were loaded");

        var response = await Client.SendCEchoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DicomStatus.Success, response.Status);
    }

    [Fact]
    public async Task A_wrong_called_AE_is_rejected_as_DCMTK_rejects_it()
    {
        var client = DicomClientFactory.Create("127.0.0.1", peers.Archive.Port, useTls: false, "OPENREM", "WRONGAE");

        var error = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => client.SendCEchoAsync(TestContext.Current.CancellationToken));

        Assert.Equal("association rejected (permanent) by the service user: called AE title not recognised", error.Message);
    }

    [Fact]
    public Task Study_level_with_a_date_range_matches_findscu() =>
        CompareWithFindScuAsync(DicomQueryRetrieveLevel.Study, "StudyDate=20180101-20181231", "StudyTime", "AccessionNumber", "PatientID", "StudyInstanceUID", "StudyDescription", "ModalitiesInStudy");

    [Fact]
    public Task Study_level_with_a_wildcard_matches_findscu() =>
        CompareWithFindScuAsync(DicomQueryRetrieveLevel.Study, "StudyDescription=*Thorax*", "StudyInstanceUID", "StudyDate", "PatientName");

    [Fact]
    public Task Series_level_under_one_study_matches_findscu() =>
        CompareWithFindScuAsync(DicomQueryRetrieveLevel.Series, $"StudyInstanceUID={PetCtStudy}", "SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription");

    [Fact]
    public Task Image_level_under_one_series_matches_findscu() =>
        CompareWithFindScuAsync(DicomQueryRetrieveLevel.Image, $"StudyInstanceUID={PetCtStudy}", $"SeriesInstanceUID={PetSeries}", "SOPInstanceUID", "SOPClassUID", "InstanceNumber");

    [Fact]
    public async Task Leaving_a_find_early_cancels_it_and_the_association_stays_usable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var association = await Client.OpenAssociationAsync(ct);
        var request = DicomCFindRequest.CreateStudyQuery();
        await foreach (var response in association.SendCFindAsync(request, ct))
        {
            Assert.Equal(DicomState.Pending, response.Status.State);
            break;
        }

        var all = await Collect(association.SendCFindAsync(DicomCFindRequest.CreateStudyQuery(), ct));
        var echo = await association.SendCEchoAsync(ct);
        await association.ReleaseAsync(ct);

        Assert.True(all.Count > 40, $"{all.Count} responses");
        Assert.Equal(DicomStatus.Success, all[^1].Status);
        Assert.Equal(DicomStatus.Success, echo.Status);
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

    private Task<int> CompareWithFindScuAsync(DicomQueryRetrieveLevel level, params string[] keys) =>
        FindscuComparison.AssertSameAnswersAsync(Client, peers.Archive.Endpoint, FindscuComparison.Request(level, keys), TestContext.Current.CancellationToken);
}
