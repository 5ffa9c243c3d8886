using System.Globalization;

namespace OpenRem.Dicom.Network;

/// <summary>
/// A DIMSE status (0000,0900): the code, its class (<see cref="State"/>), a description and, when the peer sent
/// one, its Error Comment (0000,0902). Two statuses are equal when their codes are.
/// </summary>
public sealed partial class DicomStatus : IEquatable<DicomStatus>
{
    public DicomStatus(ushort code, DicomState state, string description, string? errorComment = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        Code = code;
        State = state;
        Description = description;
        ErrorComment = errorComment;
    }

    public ushort Code { get; }

    public DicomState State { get; }

    public string Description { get; }

    /// <summary>The peer's Error Comment, if it sent one.</summary>
    public string? ErrorComment { get; }

    /// <summary>True for 0xFF00 and 0xFF01: more responses follow.</summary>
    public bool IsPending => State == DicomState.Pending;

    /// <summary>The class of any code: 0x0000 success, 0xFF00/0xFF01 pending, 0xFE00 cancel, 0x0001 and 0xBxxx warning, all else failure.</summary>
    public static DicomState Classify(ushort code) => code switch
    {
        0x0000 => DicomState.Success,
        0xFF00 or 0xFF01 => DicomState.Pending,
        0xFE00 => DicomState.Cancel,
        0x0001 => DicomState.Warning,
        _ when (code & 0xF000) == 0xB000 => DicomState.Warning,
        _ => DicomState.Failure,
    };

    /// <summary>The status for a code as a query/retrieve or verification service answers it.</summary>
    public static DicomStatus Lookup(ushort code) => Lookup(code, isStorage: false);

    /// <summary>
    /// The status for a code. Some codes mean different things to the storage service and to query/retrieve
    /// (0xB000: coercion of data elements, or sub-operations with failures); <paramref name="isStorage"/> chooses.
    /// Codes that no table lists get a description from their class.
    /// </summary>
    public static DicomStatus Lookup(ushort code, bool isStorage)
    {
        foreach (var candidate in isStorage ? StorageStatuses : QueryRetrieveStatuses)
        {
            if (candidate.Matches(code))
            {
                return candidate.For(code);
            }
        }

        foreach (var candidate in GeneralStatuses)
        {
            if (candidate.Matches(code))
            {
                return candidate.For(code);
            }
        }

        var state = Classify(code);
        return new DicomStatus(code, state, state switch
        {
            DicomState.Warning => "Warning",
            DicomState.Failure => "Failure",
            _ => state.ToString(),
        });
    }

    /// <summary>This status with the peer's Error Comment.</summary>
    public DicomStatus WithErrorComment(string? errorComment) => new(Code, State, Description, errorComment);

    /// <summary>"Description (0xCODE)", followed by ": comment" when the peer sent an Error Comment.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Description} (0x{Code:X4})") + (string.IsNullOrEmpty(ErrorComment) ? string.Empty : $": {ErrorComment}");

    public bool Equals(DicomStatus? other) => other is not null && Code == other.Code;

    public override bool Equals(object? obj) => obj is DicomStatus other && Equals(other);

    public override int GetHashCode() => Code;

    public static bool operator ==(DicomStatus? left, DicomStatus? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DicomStatus? left, DicomStatus? right) => !(left == right);
}
