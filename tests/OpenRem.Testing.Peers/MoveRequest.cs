namespace OpenRem.Testing.Peers;

/// <summary>
/// A C-MOVE by DCMTK movescu to the AE title <see cref="DestinationAeTitle"/>, which the peer must know (see the
/// peers' move destinations). <see cref="Keys"/> are movescu <c>-k</c> values, such as
/// <c>QueryRetrieveLevel=STUDY</c> and <c>StudyInstanceUID=1.2.3</c> (several UIDs separated by <c>\</c>).
/// </summary>
public sealed record MoveRequest(DicomEndpoint Peer, string DestinationAeTitle, IReadOnlyList<string> Keys)
{
    public string CallingAeTitle { get; init; } = DcmtkClientTools.DefaultCallingAeTitle;

    public QueryModel Model { get; init; } = QueryModel.StudyRoot;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
