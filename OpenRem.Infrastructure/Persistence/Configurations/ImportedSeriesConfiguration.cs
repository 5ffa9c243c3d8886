using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Imported;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ImportedSeriesConfiguration : IEntityTypeConfiguration<ImportedSeries>
{
    public void Configure(EntityTypeBuilder<ImportedSeries> builder)
    {
        builder.HasKey(series => series.Id);
        builder.Property(series => series.SeriesInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(series => series.Modality).HasMaxLength(ColumnLengths.CodeString);
        builder.Property(series => series.SeriesDescription).HasMaxLength(ColumnLengths.LongString);
        builder.HasIndex("ImportedStudyId", nameof(ImportedSeries.SeriesInstanceUid)).IsUnique();
    }
}
