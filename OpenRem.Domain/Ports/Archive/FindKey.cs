namespace OpenRem.Domain.Ports.Archive;

/// <summary>One key of a C-FIND identifier: a matching key when <see cref="Value"/> is not empty, else a return key.</summary>
public sealed record FindKey(FindKeyword Keyword, string Value)
{
    /// <summary>A key asked for without a value: the archive returns it, matching everything.</summary>
    public static FindKey Return(FindKeyword keyword) => new(keyword, string.Empty);

    /// <summary>True when this key only asks for a value back.</summary>
    public bool IsReturnKey => Value.Length == 0;
}
