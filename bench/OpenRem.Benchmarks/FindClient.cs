using System.Globalization;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;

namespace OpenRem.Benchmarks;

/// <summary>
/// <c>find-client HOST PORT CALLED_AE</c>: one study-level C-FIND with OpenRem.Dicom's client (the keys of
/// <see cref="DicomCFindRequest.CreateStudyQuery"/>), as a process of its own so that it is measured like findscu.
/// Prints the number of pending responses with an identifier and the final status; exit code 1 when the final status is not success.
/// </summary>
internal static class FindClient
{
    public const string CallingAeTitle = "FINDSCU";

    public static async Task<int> RunAsync(string[] args)
    {
        var client = new DicomClient(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), CallingAeTitle, args[2]);
        var matches = 0;
        DicomStatus? final = null;
        await foreach (var response in client.SendCFindAsync(DicomCFindRequest.CreateStudyQuery()))
        {
            if (response.Status.IsPending)
            {
                matches += response.Dataset is null ? 0 : 1;
            }
            else
            {
                final = response.Status;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matches={matches} status={final}"));
        return final == DicomStatus.Success ? 0 : 1;
    }
}
