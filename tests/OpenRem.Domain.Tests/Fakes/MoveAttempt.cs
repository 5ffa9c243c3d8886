using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>One scripted C-MOVE attempt: the responses it yields, then the failure it throws, if any.</summary>
public sealed record MoveAttempt(IReadOnlyList<MoveResponse> Responses, ArchiveFailure? Failure);
