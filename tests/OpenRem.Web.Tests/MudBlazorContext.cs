using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace OpenRem.Web.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JavaScript interop, as MudBlazor components need, rendering
/// as the interactive server renderer does in the application.
/// </summary>
public abstract class MudBlazorContext : BunitContext
{
    protected MudBlazorContext()
        : this(addServices: null)
    {
    }

    /// <summary>With the services <paramref name="addServices"/> adds, before any service is resolved.</summary>
    protected MudBlazorContext(Action<IServiceCollection>? addServices)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        addServices?.Invoke(Services);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }
}
