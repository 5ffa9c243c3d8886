namespace OpenRem.Infrastructure.Persistence;

/// <summary>The collations columns are compared with.</summary>
internal static class Collations
{
    /// <summary>
    /// SQLite's built-in case-insensitive collation (ASCII letters): node names are unique regardless of case, as
    /// the node settings check them.
    /// </summary>
    public const string CaseInsensitive = "NOCASE";
}
