using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class StoreNodeConfiguration : IEntityTypeConfiguration<StoreNode>
{
    /// <summary>Room for the JSON list of the calling AE titles a store accepts.</summary>
    private const int AllowedCallingAeTitlesMaxLength = 2000;

    public void Configure(EntityTypeBuilder<StoreNode> builder)
    {
        builder.HasKey(node => node.Id);

        // The ID comes from the node identities shared with remote nodes.
        builder.Property(node => node.Id).ValueGeneratedNever();
        builder.Property(node => node.Name).HasMaxLength(ColumnLengths.NodeName).UseCollation(Collations.CaseInsensitive);
        builder.HasIndex(node => node.Name).IsUnique();
        builder.Property(node => node.AeTitle);
        builder.Property(node => node.Host);
        builder.PrimitiveCollection(node => node.AllowedCallingAeTitles).HasMaxLength(AllowedCallingAeTitlesMaxLength);
    }
}
