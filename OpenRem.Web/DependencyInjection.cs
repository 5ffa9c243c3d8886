using Microsoft.Extensions.Options;
using MudBlazor.Services;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Web.Components;
using OpenRem.Web.Endpoints;
using OpenRem.Web.Progress;

namespace OpenRem.Web;

/// <summary>Registers and maps the web user interface.</summary>
public static class DependencyInjection
{
    /// <summary>Adds Blazor Server (interactive server rendering), MudBlazor and the progress hub.</summary>
    public static WebApplicationBuilder AddOpenRemWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddProgressHub();

        return builder;
    }

    /// <summary>Sets up the request pipeline and maps the components; logs the version and data directory once started.</summary>
    public static WebApplication UseOpenRemWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseHttpsRedirection();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        app.MapQueryLogEndpoints();
        app.MapProgressHub();

        var dataDirectory = app.Services.GetRequiredService<IOptions<OpenRemOptions>>().Value.DataDirectory;
        app.Lifetime.ApplicationStarted.Register(
            () => WebLog.Started(app.Logger, ProductInfo.Name, ProductInfo.Version, dataDirectory));

        return app;
    }
}
