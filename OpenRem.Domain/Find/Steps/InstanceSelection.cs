namespace OpenRem.Domain.Find.Steps;

/// <summary>Which instances an image-level query asks for.</summary>
internal enum InstanceSelection
{
    /// <summary>Every instance of the series.</summary>
    All,

    /// <summary>Instance number 1, and instance number 0 when that call finds nothing (some systems count from 0).</summary>
    First,
}
