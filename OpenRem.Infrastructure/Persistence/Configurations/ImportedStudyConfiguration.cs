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

        // Not unique: a study UID may have several records (a PET/CT imported as a CT and an NM study).
        builder.HasIndex(study => study.StudyInstanceUid);

        builder.HasMany(study => study.Objects).WithOne().HasForeignKey("ImportedStudyId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(study => study.Objects).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
