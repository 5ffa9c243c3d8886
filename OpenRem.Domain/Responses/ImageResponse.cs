using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Responses;

/// <summary>One image-level match of a series: kept for retrieve unless <see cref="DropReason"/> says why not.</summary>
public sealed class ImageResponse
{
    private ImageResponse() => SopInstanceUid = string.Empty;

    internal ImageResponse(Guid findRequestId, int ordinal, ImageMatch match)
    {
        FindRequestId = findRequestId;
        Ordinal = ordinal;
        SopInstanceUid = match.SopInstanceUid.Trim();
        SopClassUid = string.IsNullOrWhiteSpace(match.SopClassUid) ? null : match.SopClassUid.Trim();
        InstanceNumber = match.InstanceNumber;
    }

    private ImageResponse(ImageResponse original)
    {
        FindRequestId = original.FindRequestId;
        Ordinal = original.Ordinal;
        SopInstanceUid = original.SopInstanceUid;
        SopClassUid = original.SopClassUid;
        InstanceNumber = original.InstanceNumber;
        DropReason = original.DropReason;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    /// <summary>Position in the series, in the order received.</summary>
    public int Ordinal { get; private set; }

    /// <summary>The C-FIND call this match came from.</summary>
    public Guid FindRequestId { get; private set; }

    public string SopInstanceUid { get; private set; }

    /// <summary>The SOP class UID, or null when the archive did not return it (so it cannot be recognised).</summary>
    public string? SopClassUid { get; private set; }

    /// <summary>The instance number, or null when not returned or not numeric.</summary>
    public int? InstanceNumber { get; private set; }

    /// <summary>Why this image will not be retrieved; null while it is kept.</summary>
    public DropReason? DropReason { get; private set; }

    public bool IsKept => DropReason is null;

    /// <summary>Drops the image; an image already dropped keeps its first reason. True when this changed it.</summary>
    internal bool Drop(DropReason reason)
    {
        if (!IsKept)
        {
            return false;
        }

        DropReason = reason;
        return true;
    }

    internal void Complete(ImageMatch match)
    {
        SopClassUid ??= string.IsNullOrWhiteSpace(match.SopClassUid) ? null : match.SopClassUid.Trim();
        InstanceNumber ??= match.InstanceNumber;
    }

    internal ImageResponse Copy() => new(this);
}
