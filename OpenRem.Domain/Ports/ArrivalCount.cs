namespace OpenRem.Domain.Ports;

/// <summary>Objects of one series that reached a store node, and how many of them were imported.</summary>
public sealed record ArrivalCount(int Arrived, int Imported)
{
    public static ArrivalCount None { get; } = new(0, 0);
}
