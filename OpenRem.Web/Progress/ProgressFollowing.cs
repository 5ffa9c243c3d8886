namespace OpenRem.Web.Progress;

/// <summary>What one hub connection follows: every query, and the queries it asked for one by one.</summary>
internal sealed class ProgressFollowing
{
    public bool All { get; set; }

    public HashSet<Guid> Queries { get; } = [];
}
