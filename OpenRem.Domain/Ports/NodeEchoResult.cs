namespace OpenRem.Domain.Ports;

/// <summary>
/// The outcome of one C-ECHO: success, or what went wrong as the reference words it (for example
/// "Association Failed", or "Rejected Permanent: Called AE title not recognised").
/// </summary>
public sealed record NodeEchoResult(bool IsSuccess, string Text)
{
    /// <summary>The node answered with status success.</summary>
    public static NodeEchoResult Success { get; } = new(true, "Success");

    /// <summary>The node did not answer with success, for the reason given.</summary>
    public static NodeEchoResult Failure(string text) => new(false, text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
