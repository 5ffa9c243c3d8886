using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Imported;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ImportedStudyConfiguration : IEntityTypeConfiguration<ImportedStudy>
{
    public void Configure(EntityTypeBuilder<ImportedStudy> builder)
    {
        builder.HasKey(study => study.Id);
        builder.Property(study => study.StudyInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(study => study.StudyDescription).HasMaxLength(ColumnLengths.LongString);
        builder.Property(study => study.AccessionNumber).HasMaxLength(ColumnLengths.ShortString);
        builder.Property(study => study.ModalitiesInStudy).HasMaxLength(ColumnLengths.ModalityCodes);

        // Not unique: a study UID may have several records (a PET/CT imported as a CT and an NM study).
        builder.HasIndex(study => study.StudyInstanceUid);
        builder.HasIndex(study => study.LastReceivedAt);

        builder.HasMany(study => study.Objects).WithOne().HasForeignKey("ImportedStudyId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(study => study.Objects).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(study => study.Series).WithOne().HasForeignKey("ImportedStudyId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(study => study.Series).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
