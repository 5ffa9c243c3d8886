namespace OpenRem.Testing.Peers;

/// <summary>A program to run with its arguments, extra environment variables, working folder and time limit.</summary>
internal sealed record ExternalCommand(string FileName, IReadOnlyList<string> Arguments)
{
    private const int ShownArguments = 24;

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? WorkingDirectory { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The command line for messages: environment, program and arguments, long argument lists shortened.</summary>
    public string Display
    {
        get
        {
            var environment = Environment.Select(pair => $"{pair.Key}={Quote(pair.Value)} ");
            var arguments = Arguments.Take(ShownArguments).Select(Quote);
            var more = Arguments.Count > ShownArguments ? $" ... ({Arguments.Count - ShownArguments} more arguments)" : "";
            return string.Concat(environment) + string.Join(' ', [FileName, .. arguments]) + more;
        }
    }

    private static string Quote(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '\\' or '*' or '$')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
