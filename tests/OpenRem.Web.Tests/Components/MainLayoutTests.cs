using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;
using OpenRem.Web.Components.Layout;

namespace OpenRem.Web.Tests.Components;

public sealed class MainLayoutTests : MudBlazorContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(parameters => parameters
            .Add(layout => layout.Body, (RenderFragment)(body => body.AddMarkupContent(0, "<p id=\"page-body\">the page</p>"))));

    [Fact]
    public void The_app_bar_names_the_product_and_the_page_is_shown_inside_the_layout()
    {
        var layout = RenderLayout();

        Assert.Equal("OpenRem", layout.Find(".mud-appbar [data-testid=app-name]").TextContent.Trim());
        Assert.Equal("the page", layout.Find(".mud-main-content #page-body").TextContent);
    }

    [Fact]
    public void The_layout_marks_itself_interactive_once_rendered_by_the_interactive_renderer()
    {
        var layout = RenderLayout();

        Assert.Equal("true", layout.Find(".mud-layout").GetAttribute("data-interactive"));
    }

    [Fact]
    public void Each_mudblazor_provider_is_there_exactly_once()
    {
        var layout = RenderLayout();

        Assert.Single(layout.FindComponents<MudThemeProvider>());
        Assert.Single(layout.FindComponents<MudPopoverProvider>());
        Assert.Single(layout.FindComponents<MudDialogProvider>());
        Assert.Single(layout.FindComponents<MudSnackbarProvider>());
    }

    [Fact]
    public void The_theme_provider_writes_the_palette_variables()
    {
        var layout = RenderLayout();

        Assert.Contains("--mud-palette-primary: rgba(21,101,192,1);", layout.Find("style.mud-theme-provider").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_toggle_switches_between_light_and_dark_mode()
    {
        var layout = RenderLayout();
        var themeProvider = layout.FindComponent<MudThemeProvider>();
        Assert.False(themeProvider.Instance.GetState(x => x.IsDarkMode));
        Assert.Equal("Switch to dark mode", layout.Find("[data-testid=dark-mode-toggle]").GetAttribute("aria-label"));

        layout.Find("[data-testid=dark-mode-toggle]").Click();

        Assert.True(themeProvider.Instance.GetState(x => x.IsDarkMode));
        Assert.Equal("Switch to light mode", layout.Find("[data-testid=dark-mode-toggle]").GetAttribute("aria-label"));

        layout.Find("[data-testid=dark-mode-toggle]").Click();

        Assert.False(themeProvider.Instance.GetState(x => x.IsDarkMode));
    }

    [Fact]
    public void The_layout_has_no_navigation_to_features_that_do_not_exist_yet()
    {
        var layout = RenderLayout();

        Assert.Empty(layout.FindComponents<MudNavMenu>());
        Assert.Empty(layout.FindComponents<MudDrawer>());
        Assert.Empty(layout.FindAll(".mud-appbar a"));
    }
}
