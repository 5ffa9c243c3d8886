using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ObjectArrivalConfiguration : IEntityTypeConfiguration<ObjectArrival>
{
    public void Configure(EntityTypeBuilder<ObjectArrival> builder)
    {
        builder.HasKey(arrival => arrival.Id);
        builder.Property(arrival => arrival.SopInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(arrival => arrival.StudyInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(arrival => arrival.SeriesInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(arrival => arrival.CallingAeTitle).HasMaxLength(ColumnLengths.AeTitle);
        builder.Property(arrival => arrival.MoveOriginatorAeTitle).HasMaxLength(ColumnLengths.AeTitle);
        builder.Property(arrival => arrival.Problem).HasMaxLength(ColumnLengths.Problem);

        builder.HasOne<StoreNode>().WithMany().HasForeignKey(arrival => arrival.StoreNodeId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);

        // A retrieve counts its arrivals per series; the store node's page lists the latest.
        builder.HasIndex(arrival => new { arrival.QueryId, arrival.SeriesInstanceUid });
        builder.HasIndex(arrival => new { arrival.StoreNodeId, arrival.ReceivedAt });
    }
}
