namespace OpenRem.Domain.Ports.Archive;

/// <summary>One pending response to an image-level C-FIND; null means the key was not returned.</summary>
public sealed record ImageMatch(string SopInstanceUid, string? SopClassUid = null, int? InstanceNumber = null);
