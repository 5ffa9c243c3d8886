using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Client;

public sealed class MessageIdSequenceTests
{
    [Fact]
    public void Ids_start_at_one_and_wrap_from_65535_to_one_skipping_zero()
    {
        Assert.Equal(1, new MessageIdSequence().Next());

        var nearEnd = new MessageIdSequence(65534);
        Assert.Equal([(ushort)65535, (ushort)1, (ushort)2], new[] { nearEnd.Next(), nearEnd.Next(), nearEnd.Next() });
    }
}
