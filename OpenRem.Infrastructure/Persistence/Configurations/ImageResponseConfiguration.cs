using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Responses;

namespace OpenRem.Infrastructure.Persistence.Configurations;

internal sealed class ImageResponseConfiguration : IEntityTypeConfiguration<ImageResponse>
{
    public void Configure(EntityTypeBuilder<ImageResponse> builder)
    {
        builder.HasKey(image => image.Id);
        builder.Property(image => image.SopInstanceUid).HasMaxLength(ColumnLengths.Uid);
        builder.Property(image => image.SopClassUid).HasMaxLength(ColumnLengths.Uid);
        builder.ComplexProperty(image => image.DropReason, DropReasonMapping.Configure);
        builder.Ignore(image => image.IsKept);

        builder.HasIndex("SeriesResponseId", nameof(ImageResponse.Ordinal));
    }
}
