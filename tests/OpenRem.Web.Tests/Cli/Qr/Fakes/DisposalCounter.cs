namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>A service that reports its disposal, so a test can see that the provider holding it was disposed.</summary>
internal sealed class DisposalCounter(Action disposed) : IDisposable
{
    public void Dispose() => disposed();
}
