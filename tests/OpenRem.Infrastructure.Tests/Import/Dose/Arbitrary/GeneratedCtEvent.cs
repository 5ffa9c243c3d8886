namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A generated CT Acquisition: each part left out when null.</summary>
internal sealed record GeneratedCtEvent(string? Uid, string? Protocol, Figure? CtdiVol, Figure? Dlp);
