using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Configurations;

/// <summary>The parameters of a query, stored in columns of the query's row (a complex type with nested parts).</summary>
internal static class QueryParametersMapping
{
    public static void Configure(ComplexPropertyBuilder<QueryParameters> parameters)
    {
        parameters.Property(value => value.Modalities).HasColumnName("Modalities");
        parameters.Property(value => value.MoveWhenFound).HasColumnName("MoveWhenFound");
        parameters.Property(value => value.Origin).HasColumnName("Origin");
        parameters.Property(value => value.RequestedBy).HasColumnName("RequestedBy").HasMaxLength(ColumnLengths.RequestedBy);
        parameters.ComplexProperty(value => value.Dates, dates =>
        {
            dates.Property(window => window.From).HasColumnName("DateFrom");
            dates.Property(window => window.Until).HasColumnName("DateUntil");
            dates.Property(window => window.TimeFrom).HasColumnName("TimeFrom");
            dates.Property(window => window.TimeUntil).HasColumnName("TimeUntil");
            dates.Ignore(window => window.IsSingleDay);
        });
        parameters.ComplexProperty(value => value.DateKeys, keys =>
        {
            keys.Property(key => key.StudyDate).HasColumnName("StudyDateKey").HasMaxLength(40);
            keys.Property(key => key.StudyTime).HasColumnName("StudyTimeKey").HasMaxLength(40);
            keys.Property(key => key.Text).HasColumnName("DateKeysText").HasMaxLength(100);
        });
        parameters.ComplexProperty(value => value.Filters, QueryFiltersMapping.ConfigureFilters);
        parameters.ComplexProperty(value => value.Options, QueryFiltersMapping.ConfigureOptions);
    }
}
