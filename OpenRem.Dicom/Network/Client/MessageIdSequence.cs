namespace OpenRem.Dicom.Network.Client;

/// <summary>Message IDs of one association: 1, 2, … 65535, then 1 again (0 is never used).</summary>
internal sealed class MessageIdSequence
{
    private int _last;

    public MessageIdSequence(ushort last = 0)
    {
        _last = last;
    }

    public ushort Next()
    {
        while (true)
        {
            var last = Volatile.Read(ref _last);
            var next = last >= ushort.MaxValue ? 1 : last + 1;
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return (ushort)next;
            }
        }
    }
}
