using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.StoreNodes;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class StoreNodeRuntimeStatusConfiguration : IEntityTypeConfiguration<StoreNodeRuntimeStatus>
{
    public void Configure(EntityTypeBuilder<StoreNodeRuntimeStatus> builder)
    {
        builder.HasKey(status => status.StoreNodeId);
        builder.Property(status => status.StoreNodeId).ValueGeneratedNever();
        builder.Property(status => status.ListeningOn).HasMaxLength(ColumnLengths.ShortString);
        builder.Property(status => status.LastError).HasMaxLength(ColumnLengths.Problem);
        builder.HasOne<StoreNode>().WithOne().HasForeignKey<StoreNodeRuntimeStatus>(status => status.StoreNodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
