namespace OpenRem.Domain.Statuses;

/// <summary>The class of a DIMSE status code.</summary>
public enum DimseStatusKind
{
    Success,
    Pending,
    Cancel,
    Warning,
    Failure,
}
