namespace OpenRem.Dicom.Tests.Uids;

public sealed class DicomUIDTests
{
    [Fact]
    public void Well_known_uids_are_static_fields()
    {
        Assert.Equal("1.2.840.10008.1.1", DicomUID.Verification.UID);
        Assert.Equal("Verification SOP Class", DicomUID.Verification.Name);
        Assert.Equal(DicomUidType.SOPClass, DicomUID.Verification.Type);
        Assert.Equal("Verification", DicomUID.Verification.Keyword);
        Assert.False(DicomUID.Verification.IsRetired);

        Assert.Equal("1.2.840.10008.5.1.4.1.1.88.33", DicomUID.ComprehensiveSRStorage.UID);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.88.67", DicomUID.XRayRadiationDoseSRStorage.UID);
        Assert.Equal("1.2.840.10008.5.1.4.1.2.2.1", DicomUID.StudyRootQueryRetrieveInformationModelFind.UID);
        Assert.Equal("1.2.840.10008.1.2.1", DicomUID.ExplicitVRLittleEndian.UID);
        Assert.Equal(DicomUidType.TransferSyntax, DicomUID.ExplicitVRLittleEndian.Type);
        Assert.True(DicomUID.ExplicitVRBigEndian.IsRetired);
    }

    [Theory]
    [InlineData("1.2.840.10008.3.1.1.1", DicomUidType.ApplicationContextName)]
    [InlineData("1.2.840.10008.5.1.1.25", DicomUidType.SOPInstance)]
    [InlineData("1.2.840.10008.5.1.1.17", DicomUidType.SOPInstance)]
    [InlineData("1.2.840.10008.5.1.4.1.1.40", DicomUidType.SOPClass)]
    [InlineData("1.2.840.10008.2.16.4", DicomUidType.CodingScheme)]
    [InlineData("1.2.840.10008.2.6.1", DicomUidType.CodingScheme)]
    [InlineData("1.2.840.10008.1.4.1.1", DicomUidType.FrameOfReference)]
    [InlineData("1.2.840.10008.15.1.1", DicomUidType.SynchronizationFrameOfReference)]
    [InlineData("1.2.840.10008.15.0.3.1", DicomUidType.LDAP)]
    [InlineData("1.2.840.10008.8.1.1", DicomUidType.MappingResource)]
    [InlineData("1.2.840.10008.7.1.1", DicomUidType.ApplicationHostingModel)]
    [InlineData("1.2.840.10008.5.1.4.1.1.88.67", DicomUidType.SOPClass)]
    [InlineData("1.2.840.10008.4.2", DicomUidType.ServiceClass)]
    [InlineData("1.2.840.10008.5.1.1.9", DicomUidType.MetaSOPClass)]
    public void Types_come_from_the_type_column(string uid, DicomUidType type)
    {
        Assert.Equal(type, DicomUID.Parse(uid).Type);
        Assert.True(DicomUID.Parse(uid).IsKnown);
    }

    [Fact]
    public void Parse_returns_the_known_instance()
    {
        Assert.Same(DicomUID.Verification, DicomUID.Parse("1.2.840.10008.1.1"));
        Assert.Same(DicomUID.Verification, DicomUID.Parse("1.2.840.10008.1.1\0"));
        Assert.Same(DicomUID.CTImageStorage, DicomUID.Parse("1.2.840.10008.5.1.4.1.1.2 "));
    }

    [Fact]
    public void Parse_makes_an_unknown_uid_for_anything_else()
    {
        var uid = DicomUID.Parse("1.2.3.4.5\0");

        Assert.Equal("1.2.3.4.5", uid.UID);
        Assert.Equal(DicomUidType.Unknown, uid.Type);
        Assert.Equal(DicomUID.UnknownName, uid.Name);
        Assert.Equal(string.Empty, uid.Keyword);
        Assert.False(uid.IsRetired);
        Assert.False(uid.IsKnown);
        Assert.False(DicomUID.TryGetKnown("1.2.3.4.5", out _));
        Assert.Equal("Unknown [1.2.3.4.5]", uid.ToString());
    }

    [Fact]
    public void Retired_uids_without_keyword_are_known()
    {
        Assert.True(DicomUID.TryGetKnown("1.2.840.10008.5.1.4.1.1.40", out var uid));
        Assert.Equal(string.Empty, uid.Keyword);
        Assert.True(uid.IsRetired);
    }

    [Fact]
    public void Equality_is_by_uid_string()
    {
        var first = DicomUID.Parse("1.2.3");
        var second = new DicomUID("1.2.3", "Another name", DicomUidType.SOPInstance);

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.False(first != second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, DicomUID.Parse("1.2.3.1"));
        Assert.Equal(DicomUID.Verification, new DicomUID("1.2.840.10008.1.1", "x", DicomUidType.Unknown));
        Assert.False(first.Equals(null));
        Assert.True((DicomUID?)null == null);
    }

    [Fact]
    public void Enumerate_gives_every_uid_of_the_table_once()
    {
        var all = DicomUID.Enumerate().ToList();

        Assert.Equal(all.Count, all.Select(uid => uid.UID).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(DicomUID.Verification, all);
        Assert.All(all, uid => Assert.True(DicomUID.IsValid(uid.UID), uid.UID));
        Assert.DoesNotContain(all, uid => uid.Type == DicomUidType.Unknown);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.840.10008.1.1")]
    [InlineData("2.25.0")]
    [InlineData("1.0.2.30")]
    [InlineData("2.25.329800735698586629295641978511506172918")]
    [InlineData("1.2.345678901234567890123456789012345678901234567890123456789012")] // 64 characters
    public void IsValid_accepts_well_formed_uids(string uid)
    {
        Assert.True(DicomUID.IsValid(uid));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData(".1")]
    [InlineData("1.")]
    [InlineData("1..2")]
    [InlineData("1.02")]
    [InlineData("01.2")]
    [InlineData("00")]
    [InlineData("1.2a")]
    [InlineData("1.2 ")]
    [InlineData("1.2\0")]
    [InlineData("1,2")]
    [InlineData("-1.2")]
    [InlineData("1.2.\u0663")] // Arabic-Indic digit three
    [InlineData("1.2.3456789012345678901234567890123456789012345678901234567890123")] // 65 characters
    public void IsValid_rejects_malformed_uids(string? uid)
    {
        Assert.False(DicomUID.IsValid(uid));
    }
}
