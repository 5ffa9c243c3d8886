using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRem.Infrastructure.Configuration;

namespace OpenRem.Infrastructure.Tests;

public sealed class DependencyInjectionTests
{
    private static readonly Action<ILogger, string, Exception?> LogProbe =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1, "Probe"), "Probe: {Text}");

    [Fact]
    public async Task The_options_hold_the_created_data_directory_and_the_log_file_is_written_inside_it()
    {
        using var temp = new TemporaryDirectory();
        var dataDirectory = Path.Combine(temp.Path, "data");
        var builder = CreateBuilder(new Dictionary<string, string?>
        {
            ["OpenRem:DataDirectory"] = dataDirectory,
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = "logs/openrem-.log",
            ["Serilog:WriteTo:0:Args:rollingInterval"] = "Day",
        });

        builder.AddOpenRemInfrastructure();
        using (var host = builder.Build())
        {
            var options = host.Services.GetRequiredService<IOptions<OpenRemOptions>>().Value;
            Assert.Equal(dataDirectory, options.DataDirectory);
            Assert.True(Directory.Exists(dataDirectory));

            var logger = host.Services.GetRequiredService<ILogger<DependencyInjectionTests>>();
            LogProbe(logger, "written by the infrastructure test", null);
            await host.StartAsync(TestContext.Current.CancellationToken);
            await host.StopAsync(TestContext.Current.CancellationToken);
        }

        var logFile = Assert.Single(Directory.GetFiles(Path.Combine(dataDirectory, "logs"), "openrem-*.log"));
        Assert.Contains("written by the infrastructure test", await File.ReadAllTextAsync(logFile, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_data_directory_is_made_absolute_from_the_working_directory()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>
        {
            ["OpenRem:DataDirectory"] = "./data",
        });
        var expected = Path.GetFullPath("./data", Environment.CurrentDirectory);
        var existedBefore = Directory.Exists(expected);

        try
        {
            builder.AddOpenRemInfrastructure();
            using var host = builder.Build();

            Assert.Equal(expected, host.Services.GetRequiredService<IOptions<OpenRemOptions>>().Value.DataDirectory);
        }
        finally
        {
            if (!existedBefore && Directory.Exists(expected))
            {
                Directory.Delete(expected, recursive: true);
            }
        }
    }

    [Fact]
    public void A_data_directory_that_cannot_be_created_stops_the_set_up_with_a_clear_message()
    {
        using var temp = new TemporaryDirectory();
        var file = Path.Combine(temp.Path, "occupied");
        File.WriteAllText(file, "a file where the folder should be");
        var builder = CreateBuilder(new Dictionary<string, string?>
        {
            ["OpenRem:DataDirectory"] = file,
        });

        var exception = Assert.Throws<InvalidOperationException>(() => builder.AddOpenRemInfrastructure());

        Assert.Contains($"'{file}' cannot be created or written", exception.Message, StringComparison.Ordinal);
    }

    private static HostApplicationBuilder CreateBuilder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
