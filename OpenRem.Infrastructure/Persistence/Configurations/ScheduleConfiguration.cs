using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Conversions;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.HasKey(schedule => schedule.Id);
        builder.Property(schedule => schedule.Name).HasMaxLength(ScheduleSettings.MaxNameLength).UseCollation(Collations.CaseInsensitive);
        builder.HasIndex(schedule => schedule.Name).IsUnique();

        // The schedule keeps the nodes' names; deleting a node only forgets its ID.
        builder.Property(schedule => schedule.RemoteNodeName).HasMaxLength(ColumnLengths.NodeName);
        builder.Property(schedule => schedule.StoreNodeName).HasMaxLength(ColumnLengths.NodeName);
        builder.HasOne<RemoteNode>().WithMany().HasForeignKey(schedule => schedule.RemoteNodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StoreNode>().WithMany().HasForeignKey(schedule => schedule.StoreNodeId).OnDelete(DeleteBehavior.SetNull);

        builder.Property(schedule => schedule.Modalities);
        builder.ComplexProperty(schedule => schedule.Filters, QueryFiltersMapping.ConfigureFilters);
        builder.ComplexProperty(schedule => schedule.Options, QueryFiltersMapping.ConfigureOptions);
        builder.Property(schedule => schedule.Window).HasConversion<ScheduleWindowConverter>().HasMaxLength(ScheduleWindowConverter.MaxLength);
        builder.Property(schedule => schedule.Frequency).HasConversion<ScheduleFrequencyConverter>().HasMaxLength(ScheduleFrequencyConverter.MaxLength);
        builder.Property(schedule => schedule.LastResult).HasMaxLength(ColumnLengths.Problem);
    }
}
