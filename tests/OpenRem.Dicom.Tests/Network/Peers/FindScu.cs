using System.Globalization;

namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>DCMTK's findscu as the reference client: the same query, each response's identifier extracted to a file (-X) and read back.</summary>
internal static class FindScu
{
    public static async Task<IReadOnlyList<DicomDataset>> QueryAsync(int port, string calledAE, IEnumerable<string> keys)
    {
        PeerTool.Require("findscu", "dcmtk");
        var folder = Directory.CreateTempSubdirectory("openrem-findscu-").FullName;
        try
        {
            var arguments = new List<string> { "-S", "-aet", "FINDSCU", "-aec", calledAE, "-X", "-od", folder, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture) };
            foreach (var key in keys)
            {
                arguments.Add("-k");
                arguments.Add(key);
            }

            (await PeerProcess.RunAsync("findscu", arguments, new Dictionary<string, string> { ["TCP_NODELAY"] = "1" }).ConfigureAwait(false)).RequireSuccess("findscu");
            return Directory.GetFiles(folder, "rsp*.dcm").Order(StringComparer.Ordinal).Select(path => DicomFile.Open(path).Dataset).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
