using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Responses;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class StudyResponseConfiguration : IEntityTypeConfiguration<StudyResponse>
{
    public void Configure(EntityTypeBuilder<StudyResponse> builder)
    {
        builder.HasKey(study => study.Id);
        builder.Property(study => study.StudyInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(study => study.StudyDescription).HasMaxLength(ColumnLengths.LongString);
        builder.Property(study => study.StationName).HasMaxLength(ColumnLengths.ShortString);
        builder.Property(study => study.ModalityAtStudyLevel).HasMaxLength(ColumnLengths.CodeString);
        builder.PrimitiveCollection(study => study.ModalitiesInStudy).HasMaxLength(ColumnLengths.ModalityCodes);
        builder.ComplexProperty(study => study.DropReason, DropReasonMapping.Configure);

        builder.HasMany(study => study.Series).WithOne().HasForeignKey("StudyResponseId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(study => study.Series).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(study => study.IsKept);
        builder.Ignore(study => study.KeptSeries);

        // A query's studies in the order received; the studies of a study UID across queries.
        builder.HasIndex("QueryId", nameof(StudyResponse.Ordinal));
        builder.HasIndex(study => study.StudyInstanceUid);
    }
}
