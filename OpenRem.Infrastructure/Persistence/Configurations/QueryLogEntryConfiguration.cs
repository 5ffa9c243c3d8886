using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class QueryLogEntryConfiguration : IEntityTypeConfiguration<QueryLogEntry>
{
    public void Configure(EntityTypeBuilder<QueryLogEntry> builder)
    {
        builder.ToTable("QueryLog");
        builder.HasKey(entry => entry.Id);
        builder.HasOne<Query>().WithMany().HasForeignKey(entry => entry.QueryId).OnDelete(DeleteBehavior.Cascade);

        // One query's lines in the order written.
        builder.HasIndex(entry => new { entry.QueryId, entry.Id });
    }
}
