using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>The image will not be retrieved, for <paramref name="Reason"/>.</summary>
internal sealed record DropImage(ImageResponse Image, DropReason Reason) : Decision
{
    public override bool Apply() => Image.Drop(Reason);
}
