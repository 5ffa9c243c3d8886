using System.CommandLine;

namespace OpenRem.Web.Cli;

/// <summary>
/// <c>dicom echo|find|move HOST PORT --aet CALLED ...</c>: diagnostics against a DICOM peer (a PACS), one
/// association per call, calling AE "OPENREM" unless <c>--calling</c> says otherwise.
/// </summary>
internal sealed class DicomVerb : ICliVerb
{
    public Command CreateCommand() =>
        new("dicom", "Talk to a DICOM peer: verification (C-ECHO), queries (C-FIND), retrievals (C-MOVE) and receiving objects (Store SCP).")
        {
            new DicomEchoCommand().Create(),
            new DicomFindCommand().Create(),
            new DicomMoveCommand().Create(),
            StoreScpCommand.Create(),
        };
}
