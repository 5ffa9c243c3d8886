using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Conversions;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.StoreNodes;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>
/// The application's database: nodes, queries with their responses and log, and what has been imported. One
/// configuration class per entity in <c>Configurations/</c>; migrations in <c>Migrations/</c>, made with
/// <c>dotnet ef migrations add NAME --project OpenRem.Infrastructure --output-dir Persistence/Migrations</c>.
/// </summary>
public sealed class OpenRemDbContext(DbContextOptions<OpenRemDbContext> options) : DbContext(options)
{
    public DbSet<RemoteNode> RemoteNodes => Set<RemoteNode>();

    public DbSet<StoreNode> StoreNodes => Set<StoreNode>();

    public DbSet<Query> Queries => Set<Query>();

    public DbSet<StudyResponse> StudyResponses => Set<StudyResponse>();

    public DbSet<SeriesResponse> SeriesResponses => Set<SeriesResponse>();

    public DbSet<ImageResponse> ImageResponses => Set<ImageResponse>();

    public DbSet<QueryLogEntry> QueryLog => Set<QueryLogEntry>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<ImportedStudy> ImportedStudies => Set<ImportedStudy>();

    public DbSet<ImportedSeries> ImportedSeries => Set<ImportedSeries>();

    public DbSet<ImportedObject> ImportedObjects => Set<ImportedObject>();

    public DbSet<ObjectArrival> ObjectArrivals => Set<ObjectArrival>();

    public DbSet<StoreNodeRuntimeStatus> StoreNodeRuntimeStatuses => Set<StoreNodeRuntimeStatus>();

    internal DbSet<NodeIdentity> NodeIdentities => Set<NodeIdentity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenRemDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as their names, so the database reads without the code and survives reordering of members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<AeTitle>().HaveConversion<AeTitleConverter>().HaveMaxLength(AeTitle.MaxLength);
        configurationBuilder.Properties<NetworkHost>().HaveConversion<NetworkHostConverter>().HaveMaxLength(NetworkHost.MaxLength);
        configurationBuilder.Properties<ModalitySelection>().HaveConversion<ModalitySelectionConverter>().HaveMaxLength(ModalitySelectionConverter.MaxLength);
        configurationBuilder.Properties<FilterTerms>().HaveConversion<FilterTermsConverter>().HaveMaxLength(FilterTermsMaxLength);
    }

    /// <summary>Room for the terms of one filter as JSON.</summary>
    internal const int FilterTermsMaxLength = 2000;
}
