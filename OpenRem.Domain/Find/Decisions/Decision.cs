namespace OpenRem.Domain.Find.Decisions;

/// <summary>One thing a rule decided about a response; applied by the find phase once the rule has decided.</summary>
internal abstract record Decision
{
    /// <summary>Makes the decision true of the responses; false when it already was.</summary>
    public abstract bool Apply();
}
