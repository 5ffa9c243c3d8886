using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>The last sub-operation counts a C-MOVE reported, each kept until a later response reports it again.</summary>
internal sealed class SubOperationTally
{
    private int? _completed;
    private int? _failed;
    private int? _warning;

    /// <summary>True once any response carried a count.</summary>
    public bool Reported => _completed is not null || _failed is not null || _warning is not null;

    /// <summary>The counts, 0 for any never reported.</summary>
    public SubOperationCounts Counts => new(_completed ?? 0, _failed ?? 0, _warning ?? 0);

    public void Read(MoveResponse response)
    {
        _completed = response.Completed ?? _completed;
        _failed = response.Failed ?? _failed;
        _warning = response.Warning ?? _warning;
    }
}
