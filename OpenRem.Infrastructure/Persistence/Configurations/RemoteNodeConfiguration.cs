using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class RemoteNodeConfiguration : IEntityTypeConfiguration<RemoteNode>
{
    public void Configure(EntityTypeBuilder<RemoteNode> builder)
    {
        builder.HasKey(node => node.Id);

        // The ID comes from the node identities shared with store nodes.
        builder.Property(node => node.Id).ValueGeneratedNever();
        builder.Property(node => node.Name).HasMaxLength(ColumnLengths.NodeName).UseCollation(Collations.CaseInsensitive);
        builder.HasIndex(node => node.Name).IsUnique();
        builder.Property(node => node.AeTitle);
        builder.Property(node => node.CallingAeTitle);
        builder.Property(node => node.Host);
        builder.ComplexProperty(node => node.Timeouts, timeouts =>
        {
            timeouts.Property(value => value.Connect).HasColumnName("ConnectTimeout");
            timeouts.Property(value => value.Response).HasColumnName("ResponseTimeout");
        });
        builder.Ignore(node => node.EffectiveCallingAeTitle);
    }
}
