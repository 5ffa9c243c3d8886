using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class NodeRepositoryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IRemoteNodeRepository Remotes => _database.Get<IRemoteNodeRepository>();

    private IStoreNodeRepository Stores => _database.Get<IStoreNodeRepository>();

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_remote_node_is_read_back_with_every_setting()
    {
        var settings = new RemoteNodeSettings
        {
            Name = "Main PACS",
            AeTitle = "PACS01",
            CallingAeTitle = "OPENREMQR",
            Host = "pacs.example.org",
            Port = 11112,
            UseModalityTagAtStudyLevel = true,
            Timeouts = new AssociationTimeouts(TimeSpan.FromSeconds(12), TimeSpan.FromMinutes(7)),
            MaxParallelAssociations = 3,
        };

        var added = await Remotes.AddAsync(settings, Ct);
        var read = await Remotes.FindAsync(added.Id, Ct);

        Assert.NotNull(read);
        Assert.True(added.Id > 0);
        Assert.Equal(settings, read.ToSettings());
        Assert.Equal(added.Id, read.Id);
        Assert.Equal("OPENREMQR", read.EffectiveCallingAeTitle.Value);
    }

    [Fact]
    public async Task A_remote_node_without_calling_ae_title_reads_back_with_the_default()
    {
        var added = await Remotes.AddAsync(Remote("PACS"), Ct);

        var read = await Remotes.FindAsync(added.Id, Ct);

        Assert.Null(read!.CallingAeTitle);
        Assert.Equal(RemoteNode.DefaultCallingAeTitle, read.EffectiveCallingAeTitle.Value);
        Assert.Equal(AssociationTimeouts.Default, read.Timeouts);
    }

    [Fact]
    public async Task Store_nodes_run_here_and_external_ones_are_read_back_with_every_setting()
    {
        var local = new StoreNodeSettings { Name = "Our store", AeTitle = "OPENREM", Port = 11112, Kind = StoreNodeKind.RunByThisApp, AllowedCallingAeTitles = ["ORTHANC", "PACS"] };
        var external = new StoreNodeSettings { Name = "Orthanc", AeTitle = "ORTHANC", Port = 4242, Kind = StoreNodeKind.External, Host = "127.0.0.1" };

        var localId = (await Stores.AddAsync(local, Ct)).Id;
        var externalId = (await Stores.AddAsync(external, Ct)).Id;

        Assert.Equal(local, (await Stores.FindAsync(localId, Ct))!.ToSettings());
        Assert.Equal(external, (await Stores.FindAsync(externalId, Ct))!.ToSettings());
        Assert.Equal(["Orthanc", "Our store"], (await Stores.ListAsync(Ct)).Select(node => node.Name));
    }

    [Fact]
    public async Task Remote_and_store_nodes_never_share_an_id_and_a_removed_id_is_not_given_again()
    {
        var remote = await Remotes.AddAsync(Remote("PACS"), Ct);
        var store = await Stores.AddAsync(Store("Store"), Ct);
        Assert.True(await Remotes.RemoveAsync(remote.Id, Ct));
        var next = await Remotes.AddAsync(Remote("PACS"), Ct);

        Assert.NotEqual(remote.Id, store.Id);
        Assert.DoesNotContain(next.Id, new[] { remote.Id, store.Id });
        Assert.Null(await Stores.FindAsync(remote.Id, Ct));
        Assert.Null(await Remotes.FindAsync(store.Id, Ct));
    }

    [Fact]
    public async Task A_name_is_unique_among_remote_nodes_whatever_its_case()
    {
        await Remotes.AddAsync(Remote("Main PACS"), Ct);

        var refused = await Assert.ThrowsAsync<InvalidNodeSettingsException>(() => Remotes.AddAsync(Remote("main pacs"), Ct));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(nameof(RemoteNodeSettings.Name), error.Field);
        Assert.Equal("Another node already has this name.", error.Message);
        Assert.Single(await Remotes.ListAsync(Ct));
    }

    [Fact]
    public async Task A_store_node_may_have_the_name_of_a_remote_node_but_not_of_another_store()
    {
        await Remotes.AddAsync(Remote("Orthanc"), Ct);
        await Stores.AddAsync(Store("Orthanc"), Ct);

        await Assert.ThrowsAsync<InvalidNodeSettingsException>(() => Stores.AddAsync(Store("ORTHANC"), Ct));
        Assert.Single(await Stores.ListAsync(Ct));
    }

    [Fact]
    public async Task The_database_refuses_a_second_node_of_the_same_name_even_without_the_check()
    {
        await Remotes.AddAsync(Remote("PACS"), Ct);
        await using var db = _database.NewContext();
        db.RemoteNodes.Add(RemoteNode.Create(Remote("pacs"), []));

        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Invalid_settings_store_nothing_and_say_why_per_field()
    {
        var refused = await Assert.ThrowsAsync<InvalidNodeSettingsException>(
            () => Remotes.AddAsync(new RemoteNodeSettings { Name = " ", AeTitle = "WAY_TOO_LONG_AE_TITLE", Host = "bad host", Port = 70000 }, Ct));

        Assert.Equal(
            [nameof(RemoteNodeSettings.Name), nameof(RemoteNodeSettings.AeTitle), nameof(RemoteNodeSettings.Host), nameof(RemoteNodeSettings.Port)],
            refused.Errors.Select(error => error.Field));
        Assert.Empty(await Remotes.ListAsync(Ct));
    }

    [Fact]
    public async Task Updating_a_node_changes_its_settings_and_may_keep_its_own_name()
    {
        var node = await Remotes.AddAsync(Remote("PACS"), Ct);
        await Remotes.AddAsync(Remote("Other"), Ct);

        var updated = await Remotes.UpdateAsync(node.Id, Remote("PACS") with { Port = 4242, AeTitle = "NEWAE" }, Ct);
        var clash = Remotes.UpdateAsync(node.Id, Remote("other"), Ct);

        Assert.Equal(4242, updated!.Port);
        Assert.Equal("NEWAE", (await Remotes.FindAsync(node.Id, Ct))!.AeTitle.Value);
        await Assert.ThrowsAsync<InvalidNodeSettingsException>(() => clash);
        Assert.Null(await Remotes.UpdateAsync(9999, Remote("Nobody"), Ct));
    }

    [Fact]
    public async Task Removing_a_node_that_does_not_exist_says_so()
    {
        Assert.False(await Remotes.RemoveAsync(12345, Ct));
        Assert.False(await Stores.RemoveAsync(12345, Ct));
    }

    internal static RemoteNodeSettings Remote(string name) =>
        new() { Name = name, AeTitle = "PACS", Host = "127.0.0.1", Port = 104 };

    internal static StoreNodeSettings Store(string name) =>
        new() { Name = name, AeTitle = "OPENREM", Port = 11112 };
}
