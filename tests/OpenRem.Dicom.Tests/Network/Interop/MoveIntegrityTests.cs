using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// C-MOVE with our client from a source peer, at study, series and image level and for every study at once, to our
/// Store SCP and to DCMTK's storescp (<see cref="MoveDestinations"/>). Each move must end with Success, as many
/// completed sub-operations as objects and none failed; every object must arrive intact at our Store SCP: its dataset
/// equal, element by element, to the source file's (<see cref="DatasetComparison"/>: a peer may re-encode what it
/// stored, such as sequence lengths, or change the transfer syntax), and byte for byte the dataset storescp wrote
/// bit-preserving for the same move whenever both received the same transfer syntax (element by element otherwise).
/// </summary>
public abstract class MoveIntegrityTests
{
    private const string PetCtStudy = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";
    private const string PetSeries = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300006537";
    private const string PetImage = "1.3.12.2.1107.5.1.4.11090.30000022022409254338300007947";
    private const string SameBytes = "byte for byte with storescp's copy (same transfer syntax)";

    private protected abstract IDicomClient Client { get; }

    private protected abstract MoveDestinations Destinations { get; }

    /// <summary>The samples the source peer holds.</summary>
    private protected abstract IReadOnlyList<SampleObject> Held { get; }

    /// <summary>The calling AE title of the source peer's store sub-associations, recorded in our files' meta group.</summary>
    private protected abstract string SourceAE { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_study_arrives_intact()
    {
        var expected = Held.Where(sample => sample.StudyInstanceUid == PetCtStudy).ToList();

        await MoveAndCheckAsync(destination => new DicomCMoveRequest(destination, PetCtStudy), expected);

        Assert.Equal(6, expected.Count);
    }

    [Fact]
    public async Task A_series_arrives_intact()
    {
        var expected = Held.Where(sample => sample.SeriesInstanceUid == PetSeries).ToList();

        await MoveAndCheckAsync(destination => new DicomCMoveRequest(destination, PetCtStudy, PetSeries), expected);

        Assert.Equal(2, expected.Count);
    }

    [Fact]
    public async Task An_image_arrives_intact()
    {
        var expected = Held.Where(sample => sample.SopInstanceUid == PetImage).ToList();

        await MoveAndCheckAsync(destination => new DicomCMoveRequest(destination, PetCtStudy, PetSeries, PetImage), expected);

        Assert.Single(expected);
    }

    [Fact]
    public async Task Every_study_in_one_request_arrives_intact()
    {
        var studies = Held.Select(sample => sample.StudyInstanceUid).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        await MoveAndCheckAsync(
            destination =>
            {
                var request = new DicomCMoveRequest(destination, DicomQueryRetrieveLevel.Study);
                request.Dataset!.AddOrUpdate(DicomTag.StudyInstanceUID, studies);
                return request;
            },
            Held);

        Assert.True(studies.Length > 45, $"{studies.Length} studies");
    }

    private async Task MoveAndCheckAsync(Func<string, DicomCMoveRequest> request, IReadOnlyList<SampleObject> expected)
    {
        Destinations.Clear();
        var toUs = await MoveAsync(request(MoveDestinations.OurAE));
        var toStorescp = await MoveAsync(request(MoveDestinations.StorescpAE));

        AssertCompleted(toUs, expected.Count);
        AssertCompleted(toStorescp, expected.Count);
        var ours = Destinations.OurFiles().Select(path => (Path: path, File: DicomFile.Open(path))).ToList();
        var theirs = Destinations.Storescp.ReceivedFiles();
        Assert.Equal(expected.Select(sample => sample.Key).Order(), ours.Select(file => Key(file.File.Dataset)).Order());
        Assert.Equal(expected.Select(sample => sample.SopInstanceUid).Distinct(StringComparer.Ordinal).Count(), theirs.Count);

        var outcomes = new List<(SampleObject Sample, (string? Failure, string Compared) Outcome)>();
        foreach (var (path, file) in ours)
        {
            var sample = expected.Single(s => s.Key == Key(file.Dataset));
            outcomes.Add((sample, Check(path, file, sample, theirs)));
        }


        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(
            Environment.NewLine, outcomes.GroupBy(o => o.Outcome.Compared, StringComparer.Ordinal).Select(group => $"{group.Count()} object(s): {group.Key}")));

        var failures = outcomes.Where(o => o.Outcome.Failure is not null).Select(o => $"{o.Sample.FileName}: {o.Outcome.Failure}").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains(outcomes, o => o.Outcome.Compared == SameBytes);
    }

    /// <summary>
    /// Whether our copy is intact (a null failure): its meta group names it and its sender, its dataset is the source
    /// file's, and it is storescp's copy (byte for byte when both have the same syntax); and how it was compared.
    /// </summary>
    private (string? Failure, string Compared) Check(string path, DicomFile ours, SampleObject sample, IReadOnlyList<string> theirs)
    {
        var meta = ours.FileMetaInfo;
        if (meta.MediaStorageSOPInstanceUID != sample.SopInstanceUid || meta.SourceApplicationEntityTitle != SourceAE)
        {
            return ($"meta group names {meta.MediaStorageSOPInstanceUID} from {meta.SourceApplicationEntityTitle}", "meta group");
        }

        if (DatasetComparison.Difference(DicomFile.Open(sample.Path).Dataset, ours.Dataset) is { } fromSource)
        {
            return ($"differs from the source file: {fromSource}", "source");
        }

        var theirPath = theirs.SingleOrDefault(file => file.EndsWith("." + sample.SopInstanceUid, StringComparison.Ordinal));
        if (theirPath is null)
        {
            return ("storescp did not receive it", "storescp");
        }

        // storescp names its files <modality>.<SOP Instance UID>: of two objects sharing a SOP Instance UID it keeps the last.
        var reference = DicomFile.Open(theirPath);
        var (ourSyntax, theirSyntax) = (meta.TransferSyntax, reference.FileMetaInfo.TransferSyntax);
        return Key(reference.Dataset) != sample.Key ? (null, "with the source only (storescp kept another object with its SOP Instance UID)")
            : ourSyntax == theirSyntax ? (DatasetComparison.BytesDifference(theirPath, path), SameBytes)
            : (DatasetComparison.Difference(reference.Dataset, ours.Dataset), $"element by element with storescp's copy ({ourSyntax.UID.UID} here, {theirSyntax.UID.UID} there)");
    }

    private async Task<List<DicomCMoveResponse>> MoveAsync(DicomCMoveRequest request)
    {
        var responses = new List<DicomCMoveResponse>();
        await foreach (var response in Client.SendCMoveAsync(request, Token))
        {
            responses.Add(response);
        }

        return responses;
    }

    private static void AssertCompleted(List<DicomCMoveResponse> responses, int objects)
    {
        var final = responses[^1];
        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(objects, final.Completed);
        Assert.Equal(0, final.Failures);
        Assert.Equal(0, final.Warnings ?? 0);
        Assert.All(responses[..^1], pending => Assert.Equal(DicomState.Pending, pending.Status.State));
    }

    private static (string Study, string Instance) Key(DicomDataset dataset) =>
        (dataset.GetString(DicomTag.StudyInstanceUID).Trim(' ', '\0'), dataset.GetString(DicomTag.SOPInstanceUID).Trim(' ', '\0'));
}
