namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>What a finished helper process printed and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public ProcessResult RequireSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}: {Error.Trim()} {Output.Trim()}");
}
