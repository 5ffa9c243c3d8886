using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The asynchronous operations window sub-item (0x53, PS3.7 Annex D.3.3.3): how many operations may be
/// outstanding at once in each direction; 0 means unlimited and the default without the sub-item is 1/1.
/// </summary>
public sealed class AsynchronousOperationsWindowSubItem : PduItem
{
    private const int FixedLength = 4;

    public AsynchronousOperationsWindowSubItem(ushort maximumOperationsInvoked, ushort maximumOperationsPerformed)
        : base(FixedLength)
    {
        MaximumOperationsInvoked = maximumOperationsInvoked;
        MaximumOperationsPerformed = maximumOperationsPerformed;
    }

    public override PduItemType ItemType => PduItemType.AsynchronousOperationsWindow;

    public ushort MaximumOperationsInvoked { get; }

    public ushort MaximumOperationsPerformed { get; }

    public override string ToString() => $"asynchronous operations window {MaximumOperationsInvoked}/{MaximumOperationsPerformed}";

    internal static AsynchronousOperationsWindowSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "asynchronous operations window sub-item");
        var invoked = reader.ReadUInt16();
        var performed = reader.ReadUInt16();
        reader.RequireEnd();
        return new AsynchronousOperationsWindowSubItem(invoked, performed);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(value, MaximumOperationsInvoked);
        BinaryPrimitives.WriteUInt16BigEndian(value[2..], MaximumOperationsPerformed);
    }
}
