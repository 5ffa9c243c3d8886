using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class NodeIdentityConfiguration : IEntityTypeConfiguration<NodeIdentity>
{
    public void Configure(EntityTypeBuilder<NodeIdentity> builder)
    {
        builder.ToTable("NodeIdentities");
        builder.HasKey(identity => identity.Id);
        builder.Property(identity => identity.Id).ValueGeneratedOnAdd();
    }
}
