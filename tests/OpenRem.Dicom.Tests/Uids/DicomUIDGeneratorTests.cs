namespace OpenRem.Dicom.Tests.Uids;

public sealed class DicomUIDGeneratorTests
{
    [Fact]
    public void The_standards_example_uuid_gives_the_standards_example_uid()
    {
        // PS3.5 §B.2: UUID f81d4fae-7dec-11d0-a765-00a0c91e6bf6.
        var uid = DicomUIDGenerator.GenerateDerivedFromUUID(Guid.Parse("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"));

        Assert.Equal("2.25.329800735698586629295641978511506172918", uid.UID);
        Assert.Equal(DicomUidType.Unknown, uid.Type);
    }

    [Fact]
    public void Edge_uuids_give_valid_uids()
    {
        Assert.Equal("2.25.0", DicomUIDGenerator.GenerateDerivedFromUUID(Guid.Empty).UID);
        var largest = DicomUIDGenerator.GenerateDerivedFromUUID(Guid.AllBitsSet).UID;
        Assert.Equal("2.25.340282366920938463463374607431768211455", largest);
        Assert.True(DicomUID.IsValid(largest));
    }

    [Fact]
    public void Generated_uids_are_valid_and_different()
    {
        var uids = Enumerable.Range(0, 100).Select(_ => DicomUIDGenerator.GenerateDerivedFromUUID().UID).ToList();

        Assert.All(uids, uid =>
        {
            Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
            Assert.True(DicomUID.IsValid(uid), uid);
            Assert.True(uid.Length <= 44, uid);
        });
        Assert.Equal(uids.Count, uids.Distinct(StringComparer.Ordinal).Count());
        Assert.StartsWith("2.25.", DicomUID.Generate().UID, StringComparison.Ordinal);
    }
}
