namespace OpenRem.Domain.Ports.Archive;

/// <summary>A study-root C-FIND identifier as domain data: its level and its keys, in the order they are listed.</summary>
public abstract record FindRequest
{
    /// <summary>The QueryRetrieveLevel.</summary>
    public abstract QueryLevel Level { get; }

    /// <summary>Every key to send; attributes not listed are absent from the identifier.</summary>
    public abstract IReadOnlyList<FindKey> Keys { get; }
}
