using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class QueryConfiguration : IEntityTypeConfiguration<Query>
{
    public void Configure(EntityTypeBuilder<Query> builder)
    {
        builder.HasKey(query => query.Id);
        builder.Property(query => query.Id).ValueGeneratedNever();

        // The query keeps the nodes' names; deleting a node only forgets its ID.
        builder.Property(query => query.RemoteNodeName).HasMaxLength(ColumnLengths.NodeName);
        builder.Property(query => query.StoreNodeName).HasMaxLength(ColumnLengths.NodeName);
        builder.Property(query => query.StoreAeTitle).HasMaxLength(AeTitle.MaxLength);
        builder.HasOne<RemoteNode>().WithMany().HasForeignKey(query => query.RemoteNodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StoreNode>().WithMany().HasForeignKey(query => query.StoreNodeId).OnDelete(DeleteBehavior.SetNull);

        builder.ComplexProperty(query => query.Parameters, QueryParametersMapping.Configure);
        builder.ComplexProperty(query => query.FindCounts);
        builder.ComplexProperty(query => query.MoveCounts);
        builder.PrimitiveCollection(query => query.RemoteErrors);

        builder.HasMany(query => query.Studies).WithOne().HasForeignKey("QueryId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(query => query.Studies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(query => query.KeptStudies);
        builder.Ignore(query => query.HasEnded);

        // History pages list queries newest first, and by state.
        builder.HasIndex(query => query.CreatedAt);
        builder.HasIndex(query => new { query.State, query.CreatedAt });
        builder.HasIndex(query => query.RemoteNodeId);
        builder.HasIndex(query => query.StoreNodeId);
    }
}
