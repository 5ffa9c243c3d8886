using System.Globalization;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// Sends one C-FIND with our client and the same identifier with DCMTK's findscu (the reference client) to the same
/// peer, and checks that both got the same answers. Normalisation: each identifier is compared through
/// <see cref="DatasetComparison.Describe"/>, element by element, with text values decoded in the answer's character
/// set and trimmed of padding (findscu -X writes each identifier through DCMTK's encoder, which may pad values and
/// add or drop group lengths differently from the bytes on the wire); the answers are compared as sorted lists
/// (a multiset), since C-FIND does not define their order and one study may legitimately be answered twice.
/// </summary>
internal static class FindscuComparison
{
    /// <summary>A request from findscu-style keys: "Keyword=value" is a matching key, a bare "Keyword" an empty return key.</summary>
    public static DicomCFindRequest Request(DicomQueryRetrieveLevel level, IEnumerable<string> keys)
    {
        var request = new DicomCFindRequest(level);
        foreach (var key in keys)
        {
            var parts = key.Split('=', 2);
            Assert.True(DicomDictionary.Default.TryGetTag(parts[0], out var tag), $"unknown keyword {parts[0]}");
            request.Dataset!.AddOrUpdate(tag, parts.Length == 2 ? parts[1].Split('\\') : [string.Empty]);
        }

        return request;
    }

    /// <summary>Runs both clients, asserts the same answers (and at least one), and returns how many there were.</summary>
    public static async Task<int> AssertSameAnswersAsync(IDicomClient client, DicomEndpoint peer, DicomCFindRequest request, CancellationToken cancellationToken)
    {
        var responses = new List<DicomCFindResponse>();
        await foreach (var response in client.SendCFindAsync(request, cancellationToken))
        {
            responses.Add(response);
        }

        var reference = await FindWithFindscuAsync(peer, request, cancellationToken);

        Assert.Equal(DicomStatus.Success, responses[^1].Status);
        Assert.All(responses[..^1], r => Assert.Equal(DicomState.Pending, r.Status.State));
        Assert.All(responses[..^1], r => Assert.NotNull(r.Dataset));
        Assert.NotEmpty(reference);
        var expected = reference.Select(Normalised).Order(StringComparer.Ordinal).ToArray();
        var actual = responses[..^1].Select(r => Normalised(r.Dataset!)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        return actual.Length;
    }

    /// <summary>The identifier's elements as findscu -k values, "gggg,eeee=value" (a backslash separates values, as in DICOM).</summary>
    public static IReadOnlyList<string> FindscuKeys(DicomDataset identifier)
    {
        var characterSet = identifier.CharacterSet;
        return [.. identifier.Select(item =>
        {
            var element = Assert.IsType<DicomElement>(item);
            var tag = string.Create(CultureInfo.InvariantCulture, $"{item.Tag.Group:X4},{item.Tag.Element:X4}");
            return element.Length == 0 ? tag : $"{tag}={element.GetRawString(characterSet)}";
        })];
    }

    private static string Normalised(DicomDataset identifier) => string.Join('\n', DatasetComparison.Describe(identifier));

    /// <summary>DCMTK's findscu: each response identifier extracted to a file (-X) and read back.</summary>
    private static async Task<IReadOnlyList<DicomDataset>> FindWithFindscuAsync(DicomEndpoint peer, DicomCFindRequest request, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("openrem-findscu-").FullName;
        try
        {
            var model = request.SOPClassUID == DicomUID.PatientRootQueryRetrieveInformationModelFind ? QueryModel.PatientRoot : QueryModel.StudyRoot;
            var result = await DcmtkClientTools.FindAsync(new FindRequest(peer, FindscuKeys(request.Dataset!), folder) { Model = model }, cancellationToken);
            Assert.True(result.Succeeded, $"findscu ended with {result.FinalStatus}: {result.Log}");
            return [.. result.ResponseFiles.Select(path => DicomFile.Open(path).Dataset)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
