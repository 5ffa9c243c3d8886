using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Responses;

namespace OpenRem.Infrastructure.Persistence.Configurations;

/// <summary>
/// Why a response is dropped, stored in two columns of its row: the code the program tests and the text the user
/// reads. Both empty while the response is kept (an optional complex property).
/// </summary>
internal static class DropReasonMapping
{
    public static void Configure(ComplexPropertyBuilder<DropReason> reason)
    {
        reason.Property(value => value.Code).HasColumnName("DropCode");
        reason.Property(value => value.Text).HasColumnName("DropReason").HasMaxLength(ColumnLengths.ReasonText);
    }
}
