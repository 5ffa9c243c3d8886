using System.Text.Json.Serialization;

namespace OpenRem.Web.Progress;

/// <summary>Adds and maps the progress hub (<see cref="ProgressHub"/>) and the relay that feeds it.</summary>
internal static class ProgressHubRegistration
{
    public static IServiceCollection AddProgressHub(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(json =>
        {
            json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddHostedService<ProgressHubRelay>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgressHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ProgressHub>(ProgressHub.Path);
        return endpoints;
    }
}
