namespace OpenRem.Domain.Ports.Archive;

/// <summary>The level of a study-root C-FIND or C-MOVE (QueryRetrieveLevel).</summary>
public enum QueryLevel
{
    Study,
    Series,
    Image,
}
