using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Tests.Nodes;

public sealed class RemoteNodeTests
{
    private static readonly RemoteNodeSettings Valid = new()
    {
        Name = "Main PACS",
        AeTitle = "PACS",
        Host = "pacs.hospital.example",
        Port = 104,
    };

    [Fact]
    public void A_node_with_a_name_ae_title_host_and_port_is_created_with_the_defaults()
    {
        var node = RemoteNode.Create(Valid, []);

        Assert.Equal("Main PACS", node.Name);
        Assert.Equal("PACS", node.AeTitle.Value);
        Assert.Equal("pacs.hospital.example", node.Host.Value);
        Assert.Equal(104, node.Port);
        Assert.Null(node.CallingAeTitle);
        Assert.False(node.UseModalityTagAtStudyLevel);
        Assert.Equal(1, node.MaxParallelAssociations);
        Assert.Equal(TimeSpan.FromSeconds(300), node.Timeouts.Response);
    }

    [Fact]
    public void Echo_and_find_share_one_default_calling_ae_title_B25()
    {
        var node = RemoteNode.Create(Valid with { CallingAeTitle = "  " }, []);

        Assert.Equal(RemoteNode.DefaultCallingAeTitle, node.EffectiveCallingAeTitle.Value);
        Assert.Equal("OPENREMDEFAULT", node.EffectiveCallingAeTitle.Value);
    }

    [Fact]
    public void A_calling_ae_title_entered_is_used()
    {
        var node = RemoteNode.Create(Valid with { CallingAeTitle = " OPENREM " }, []);

        Assert.Equal("OPENREM", node.EffectiveCallingAeTitle.Value);
    }

    [Theory]
    [InlineData(null, "PACS", "pacs", 104, "Name")]
    [InlineData("   ", "PACS", "pacs", 104, "Name")]
    [InlineData("Main PACS", null, "pacs", 104, "AeTitle")]
    [InlineData("Main PACS", "    ", "pacs", 104, "AeTitle")]
    [InlineData("Main PACS", "PACS\\ONE", "pacs", 104, "AeTitle")]
    [InlineData("Main PACS", "PACS_NAME_TOO_LONG", "pacs", 104, "AeTitle")]
    [InlineData("Main PACS", "PACS", null, 104, "Host")]
    [InlineData("Main PACS", "PACS", "", 104, "Host")]
    [InlineData("Main PACS", "PACS", "bad host", 104, "Host")]
    [InlineData("Main PACS", "PACS", "-pacs", 104, "Host")]
    [InlineData("Main PACS", "PACS", "10.0.0", 104, "Host")]
    [InlineData("Main PACS", "PACS", "10.0.0.256", 104, "Host")]
    [InlineData("Main PACS", "PACS", "fe80::1::2", 104, "Host")]
    [InlineData("Main PACS", "PACS", "pacs", null, "Port")]
    [InlineData("Main PACS", "PACS", "pacs", 0, "Port")]
    [InlineData("Main PACS", "PACS", "pacs", 65536, "Port")]
    public void Blank_or_malformed_fields_are_refused_naming_the_field_B31(string? name, string? aeTitle, string? host, int? port, string field)
    {
        var settings = new RemoteNodeSettings { Name = name, AeTitle = aeTitle, Host = host, Port = port };

        var errors = settings.Validate([]);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        var exception = Assert.Throws<InvalidNodeSettingsException>(() => RemoteNode.Create(settings, []));
        Assert.Equal(errors, exception.Errors);
    }

    [Theory]
    [InlineData("192.168.1.20")]
    [InlineData("::1")]
    [InlineData("fe80::1ff:fe23:4567:890a")]
    [InlineData("localhost")]
    [InlineData("pacs-01.radiology.example.org")]
    public void Host_names_and_ip_addresses_are_accepted(string host)
    {
        var node = RemoteNode.Create(Valid with { Host = host }, []);

        Assert.Equal(host, node.Host.Value);
    }

    [Fact]
    public void A_name_another_node_has_is_refused_whatever_its_case()
    {
        var errors = Valid.Validate(["Other", " main pacs "]);

        Assert.Equal("Another node already has this name.", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void Parallel_associations_lie_between_one_and_sixteen(int parallel)
    {
        var errors = (Valid with { MaxParallelAssociations = parallel }).Validate([]);

        Assert.Equal("MaxParallelAssociations", Assert.Single(errors).Field);
    }

    [Fact]
    public void Timeouts_outside_one_second_to_one_hour_are_refused()
    {
        var settings = Valid with { Timeouts = new AssociationTimeouts(TimeSpan.Zero, TimeSpan.FromHours(2)) };

        var fields = settings.Validate([]).Select(error => error.Field);

        Assert.Equal(["Connect", "Response"], fields);
    }

    [Fact]
    public void The_modality_at_study_level_quirk_survives_a_round_trip_through_the_settings()
    {
        var node = RemoteNode.Create(Valid with { UseModalityTagAtStudyLevel = true, MaxParallelAssociations = 3 }, []);

        node.Update(node.ToSettings() with { Port = 11112 }, ["Other"]);

        Assert.True(node.UseModalityTagAtStudyLevel);
        Assert.Equal(3, node.MaxParallelAssociations);
        Assert.Equal(11112, node.Port);
    }
}
