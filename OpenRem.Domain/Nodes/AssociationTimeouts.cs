namespace OpenRem.Domain.Nodes;

/// <summary>
/// How long to wait for a remote node: to connect and negotiate an association, and for each response to a
/// request (the DIMSE timeout). Each lies between one second and one hour.
/// </summary>
public sealed record AssociationTimeouts(TimeSpan Connect, TimeSpan Response)
{
    /// <summary>The shortest timeout accepted.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromSeconds(1);

    /// <summary>The longest timeout accepted.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(1);

    /// <summary>30 seconds to connect and 300 seconds per response, what the reference used.</summary>
    public static AssociationTimeouts Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(300));

    /// <summary>The reasons these timeouts are out of range, keyed by field; empty when they are valid.</summary>
    public IEnumerable<NodeSettingError> Validate()
    {
        if (Connect < Minimum || Connect > Maximum)
        {
            yield return new NodeSettingError(nameof(Connect), "The connect timeout must lie between 1 second and 1 hour.");
        }

        if (Response < Minimum || Response > Maximum)
        {
            yield return new NodeSettingError(nameof(Response), "The response timeout must lie between 1 second and 1 hour.");
        }
    }
}
