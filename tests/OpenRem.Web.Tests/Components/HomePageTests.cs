using Bunit;
using OpenRem.Web.Components.Pages;

namespace OpenRem.Web.Tests.Components;

public sealed class HomePageTests : MudBlazorContext
{
    [Fact]
    public void The_heading_names_the_product()
    {
        var page = Render<Home>();

        Assert.Equal("OpenRem", page.Find("h1").TextContent.Trim());
    }

    [Fact]
    public void The_page_says_what_is_retrieved_from_where_and_why()
    {
        var text = Render<Home>().Find("h1").ParentElement!.TextContent;

        Assert.Contains("PACS", text, StringComparison.Ordinal);
        Assert.Contains("radiation dose", text, StringComparison.Ordinal);
        Assert.Contains("monitored", text, StringComparison.Ordinal);
        Assert.Contains("Radiation dose structured reports (RDSRs)", text, StringComparison.Ordinal);
        Assert.Contains("Enhanced structured reports", text, StringComparison.Ordinal);
        Assert.Contains("Dose-information screenshots", text, StringComparison.Ordinal);
        Assert.Contains("Mammography and radiography images", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_links_to_nothing_yet()
    {
        var page = Render<Home>();

        Assert.Empty(page.FindAll("a"));
        Assert.Empty(page.FindAll("button"));
    }
}
