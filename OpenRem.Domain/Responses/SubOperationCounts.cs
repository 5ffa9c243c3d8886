namespace OpenRem.Domain.Responses;

/// <summary>C-MOVE sub-operation counts: objects sent, objects that failed, objects sent with warnings.</summary>
public sealed record SubOperationCounts(int Completed, int Failed, int Warning)
{
    public static SubOperationCounts None { get; } = new(0, 0, 0);

    /// <summary>The sum of both counts.</summary>
    public SubOperationCounts Add(SubOperationCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SubOperationCounts(Completed + other.Completed, Failed + other.Failed, Warning + other.Warning);
    }

    /// <inheritdoc />
    public override string ToString() => $"completed: {Completed}, failed: {Failed}, warning: {Warning}";
}
