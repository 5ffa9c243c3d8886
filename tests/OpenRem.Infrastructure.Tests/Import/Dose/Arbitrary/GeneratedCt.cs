namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>The CT part of a generated report: the accumulated container when <paramref name="HasAccumulated"/>, and the acquisitions.</summary>
internal sealed record GeneratedCt(bool HasAccumulated, Figure? TotalDlp, int? StatedEventCount, GeneratedCtEvent[] Events);
