using OpenRem.Infrastructure;
using OpenRem.Infrastructure.Logging;
using OpenRem.Web;
using OpenRem.Web.Cli;
using Serilog;

// A verb, --help or --version runs the command line and exits without starting the web host.
if (CliApplication.IsCommandLineInvocation(args))
{
    return await CliApplication.InvokeAsync(args);
}

Log.Logger = OpenRemLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddOpenRemInfrastructure();
    builder.AddOpenRemWeb();

    var app = builder.Build();
    app.UseOpenRemWeb();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "OpenRem could not start or stopped unexpectedly: {Reason}", exception.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
