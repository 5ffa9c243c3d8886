namespace OpenRem.Domain.Find.Lanes;

/// <summary>What a lane would have reported for a study.</summary>
internal enum LaneEntryKind
{
    Stage,
    Log,
    RemoteError,
}
