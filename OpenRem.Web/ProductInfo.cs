using System.Reflection;

namespace OpenRem.Web;

/// <summary>Name and version of the product, as built.</summary>
public static class ProductInfo
{
    /// <summary>The product name shown to users.</summary>
    public const string Name = "OpenRem";

    /// <summary>The informational version of this build (the version, and the source revision when known).</summary>
    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
