namespace OpenRem.Testing.Peers;

/// <summary>
/// A C-FIND by DCMTK findscu. <see cref="Keys"/> are findscu <c>-k</c> values, such as <c>QueryRetrieveLevel=STUDY</c>,
/// <c>StudyDate=20180101-20181231</c> or a bare <c>StudyInstanceUID</c> (a return key). Every response identifier is
/// written to <see cref="OutputDirectory"/> as rsp0001.dcm, rsp0002.dcm, ... (findscu <c>-X -od</c>); the folder is
/// created when missing and must not hold responses of an earlier query.
/// </summary>
public sealed record FindRequest(DicomEndpoint Peer, IReadOnlyList<string> Keys, string OutputDirectory)
{
    public string CallingAeTitle { get; init; } = DcmtkClientTools.DefaultCallingAeTitle;

    public QueryModel Model { get; init; } = QueryModel.StudyRoot;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}
