using Microsoft.Extensions.Configuration;
using OpenRem.Infrastructure.Logging;

namespace OpenRem.Infrastructure.Tests.Logging;

public sealed class OpenRemLoggingTests
{
    [Fact]
    public void Relative_file_sink_paths_are_placed_in_the_data_directory_and_others_are_left_alone()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Name"] = "Console",
                ["Serilog:WriteTo:1:Name"] = "File",
                ["Serilog:WriteTo:1:Args:path"] = "logs/openrem-.log",
                ["Serilog:WriteTo:2:Name"] = "file",
                ["Serilog:WriteTo:2:Args:path"] = "/var/log/openrem/openrem-.log",
                ["Serilog:WriteTo:3:Name"] = "Async",
                ["Serilog:WriteTo:3:Args:configure:0:Name"] = "File",
                ["Serilog:WriteTo:3:Args:configure:0:Args:path"] = "async/openrem-.log",
            })
            .Build();

        var overrides = OpenRemLogging.FileSinkPathsInDataDirectory(configuration, "/srv/openrem");

        Assert.Equal(2, overrides.Count);
        Assert.Equal("/srv/openrem/logs/openrem-.log", overrides["Serilog:WriteTo:1:Args:path"]);
        Assert.Equal("/srv/openrem/async/openrem-.log", overrides["Serilog:WriteTo:3:Args:configure:0:Args:path"]);
    }

    [Fact]
    public void Without_a_serilog_section_there_is_nothing_to_override()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Empty(OpenRemLogging.FileSinkPathsInDataDirectory(configuration, "/srv/openrem"));
    }
}
