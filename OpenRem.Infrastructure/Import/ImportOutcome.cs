namespace OpenRem.Infrastructure.Import;

/// <summary>What became of one received file: imported, or why not.</summary>
public sealed record ImportOutcome(ReceivedFile File, bool Imported, bool IsNew, string? Problem);
