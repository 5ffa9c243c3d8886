using OpenRem.Domain.Responses;

namespace OpenRem.Web.Cli.Qr;

/// <summary>A study response that will not be retrieved, with the reason as a code and as the user reads it.</summary>
internal sealed record QrDroppedStudy
{
    public required string StudyInstanceUid { get; init; }

    /// <summary>The modality group whose rules handled the study; null when none did.</summary>
    public required string? Group { get; init; }

    public required IReadOnlyList<string> Modalities { get; init; }

    public required DropCode ReasonCode { get; init; }

    public required string Reason { get; init; }
}
