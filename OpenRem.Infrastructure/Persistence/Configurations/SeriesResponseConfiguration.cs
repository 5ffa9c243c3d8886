using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Responses;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class SeriesResponseConfiguration : IEntityTypeConfiguration<SeriesResponse>
{
    public void Configure(EntityTypeBuilder<SeriesResponse> builder)
    {
        builder.HasKey(series => series.Id);
        builder.Property(series => series.SeriesInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(series => series.Modality).HasMaxLength(ColumnLengths.CodeString);
        builder.Property(series => series.SeriesDescription).HasMaxLength(ColumnLengths.LongString);
        builder.Property(series => series.StationName).HasMaxLength(ColumnLengths.ShortString);
        builder.Property(series => series.SopClassInSeries).HasMaxLength(ColumnLengths.Uid);
        builder.ComplexProperty(series => series.DropReason, DropReasonMapping.Configure);
        builder.ComplexProperty(series => series.Retrieval, retrieval =>
        {
            retrieval.Property(value => value.Status).HasColumnName("RetrievalStatus");
            retrieval.Property(value => value.Attempts).HasColumnName("RetrievalAttempts");
            retrieval.Property(value => value.Problem).HasColumnName("RetrievalProblem");
            retrieval.ComplexProperty(value => value.Counts, counts =>
            {
                counts.Property(value => value.Completed).HasColumnName("MoveCompleted");
                counts.Property(value => value.Failed).HasColumnName("MoveFailed");
                counts.Property(value => value.Warning).HasColumnName("MoveWarning");
            });
        });

        builder.HasMany(series => series.Images).WithOne().HasForeignKey("SeriesResponseId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(series => series.Images).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(series => series.IsKept);
        builder.Ignore(series => series.KeptImages);
        builder.Ignore(series => series.SopClasses);

        builder.HasIndex("StudyResponseId", nameof(SeriesResponse.Ordinal));

        // The importer finds the retrieving query an arriving object belongs to by its series.
        builder.HasIndex(series => series.SeriesInstanceUid);
    }
}
