using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Imported;
using OpenRem.Infrastructure.Persistence.Conversions;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ImportedObjectConfiguration : IEntityTypeConfiguration<ImportedObject>
{
    public void Configure(EntityTypeBuilder<ImportedObject> builder)
    {
        builder.HasKey(imported => imported.Id);
        builder.Property(imported => imported.StudyInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(imported => imported.SeriesInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(imported => imported.SopInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(imported => imported.SopClassUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(imported => imported.Modality).HasMaxLength(ColumnLengths.CodeString);
        builder.Property(imported => imported.StationName).HasMaxLength(ColumnLengths.ShortString);
        builder.Property(imported => imported.Manufacturer).HasMaxLength(ColumnLengths.LongString);
        builder.Property(imported => imported.ManufacturerModelName).HasMaxLength(ColumnLengths.LongString);
        builder.Property(imported => imported.FilePath).HasMaxLength(ColumnLengths.StorePath);
        builder.Property(imported => imported.ReceivedFromAeTitle).HasMaxLength(ColumnLengths.AeTitle);
        builder.Property(imported => imported.DoseSummary).HasConversion(new DoseSummaryConverter(), DoseSummaryConverter.Comparer);

        // An object is imported once; the duplicate rule looks objects up by study.
        builder.HasIndex(imported => imported.SopInstanceUid).IsUnique();
        builder.HasIndex(imported => imported.StudyInstanceUid);
    }
}
