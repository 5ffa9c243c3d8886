using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// C-MOVEs Orthanc cannot carry out end with its failure status, which our client reports as the final response
/// (no exception): Orthanc 1.10 answers 0xC000 (unable to process) with zero counts both for an AE title it does not
/// know (dcmqrscp says 0xA801 there) and for a registered destination it cannot reach, and nothing arrives anywhere.
/// </summary>
[Collection(OrthancInteropGroup.Name)]
public sealed class OrthancMoveRefusalTests(OrthancPeers peers)
{
    private const string PetCtStudy = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";
    private const string PetSeries = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300006537";

    private IDicomClient Client => DicomClientFactory.Create(peers.Archive.Host, peers.Archive.DicomPort, useTls: false, "OPENREM", peers.Archive.AeTitle);

    [Theory]
    [InlineData("NOSUCHAE")]
    [InlineData(OrthancPeers.UnreachableAE)]
    public async Task The_final_response_carries_the_failure_and_nothing_arrives(string destination)
    {
        peers.Destinations.Clear();
        var responses = new List<DicomCMoveResponse>();
        await foreach (var response in Client.SendCMoveAsync(new DicomCMoveRequest(destination, PetCtStudy, PetSeries), TestContext.Current.CancellationToken))
        {
            responses.Add(response);
        }

        var final = Assert.Single(responses);
        Assert.Equal(DicomStatus.QueryRetrieveUnableToProcess, final.Status);
        Assert.Equal(DicomState.Failure, final.Status.State);
        Assert.Equal((0, 0), (final.Completed, final.Failures));
        Assert.Empty(peers.Destinations.OurFiles());
        Assert.Empty(peers.Destinations.Storescp.ReceivedFiles());
    }
}
