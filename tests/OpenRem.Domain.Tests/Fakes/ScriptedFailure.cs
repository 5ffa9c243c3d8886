using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>A find failure the scripted archive will produce: after how many matches, and for how many calls.</summary>
public sealed record ScriptedFailure(ArchiveFailure Failure, int AfterMatches, int Times);
