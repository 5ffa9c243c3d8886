namespace OpenRem.Testing.Peers;

/// <summary>
/// The answer to a findscu C-FIND: the response identifiers as DICOM files (rsp0001.dcm, ... in the order received;
/// read them with OpenRem.Dicom to compare with another client's results), the final status as findscu names it
/// (<c>Success</c>, <c>Failed: UnableToProcess</c>, ...), the time the whole findscu process took, and its log.
/// </summary>
public sealed record FindResult(IReadOnlyList<string> ResponseFiles, string FinalStatus, TimeSpan Elapsed, string Log)
{
    public bool Succeeded => FinalStatus == "Success";
}
