using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenRem.Web.Tests.Hosting;

/// <summary>The whole application in process (test server), with its data directory in a fresh temporary folder.</summary>
public sealed class OpenRemWebFactory : WebApplicationFactory<Program>
{
    public OpenRemWebFactory() =>
        DataDirectory = Path.Combine(Directory.CreateTempSubdirectory("openrem-web-tests-").FullName, "data");

    /// <summary>The configured data directory; it does not exist until the application has started.</summary>
    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("OpenRem:DataDirectory", DataDirectory);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var root = Path.GetDirectoryName(DataDirectory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
