namespace OpenRem.Web;

/// <summary>Log messages of the web application.</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Product} {Version} started; data directory {DataDirectory}")]
    public static partial void Started(ILogger logger, string product, string version, string dataDirectory);
}
