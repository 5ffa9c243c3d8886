using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class ArchiveRegistrationTests
{
    [Fact]
    public async Task The_infrastructure_provides_the_DICOM_connector_for_the_archive_port()
    {
        using var temp = new TemporaryDirectory();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OpenRem:DataDirectory"] = temp.Path });
        builder.AddOpenRemInfrastructure();
        using var host = builder.Build();

        var connector = host.Services.GetRequiredService<IRemoteArchiveConnector>();

        Assert.IsType<DicomRemoteArchiveConnector>(connector);
        Assert.Same(connector, host.Services.GetRequiredService<IRemoteArchiveConnector>());
        var node = ArchiveNodes.Node("127.0.0.1", FreePort.Next(), "NOBODY");
        await using var archive = connector.Connect(new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, ArchiveService.Find));
        Assert.IsType<DicomRemoteArchive>(archive);
    }
}
