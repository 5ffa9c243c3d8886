using Microsoft.Extensions.Configuration;

namespace OpenRem.Web.Tests.Hosting;

/// <summary>The settings file from the repository root, as built beside the executable.</summary>
public sealed class AppSettingsTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
        .Build();

    [Fact]
    public void The_data_directory_defaults_to_data_in_the_working_directory()
    {
        Assert.Equal("./data", Settings["OpenRem:DataDirectory"]);
    }

    [Fact]
    public void Serilog_logs_information_and_keeps_aspnetcore_to_warnings()
    {
        Assert.Equal("Information", Settings["Serilog:MinimumLevel:Default"]);
        Assert.Equal("Warning", Settings["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"]);
    }

    [Fact]
    public void Serilog_writes_to_the_console_and_to_daily_compact_json_files_under_logs_in_the_data_directory()
    {
        var sinks = Settings.GetSection("Serilog:WriteTo").GetChildren().ToList();

        Assert.Equal(["Console", "File"], sinks.Select(sink => sink["Name"]));
        var file = sinks[1].GetSection("Args");
        Assert.Equal("logs/openrem-.json", file["path"]);
        Assert.Equal("Day", file["rollingInterval"]);
        Assert.Equal("Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact", file["formatter"]);
    }
}
