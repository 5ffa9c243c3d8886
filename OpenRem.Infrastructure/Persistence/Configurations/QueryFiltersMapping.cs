using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Configurations;

/// <summary>
/// The study filters and advanced options of a query, in columns of the row that holds them: a query's parameters
/// and a schedule's query template are stored the same way.
/// </summary>
internal static class QueryFiltersMapping
{
    public static void ConfigureFilters(ComplexPropertyBuilder<StudyFilters> filters)
    {
        filters.Property(filter => filter.StudyDescriptionInclude).HasColumnName("StudyDescriptionInclude");
        filters.Property(filter => filter.StudyDescriptionExclude).HasColumnName("StudyDescriptionExclude");
        filters.Property(filter => filter.StationNameInclude).HasColumnName("StationNameInclude");
        filters.Property(filter => filter.StationNameExclude).HasColumnName("StationNameExclude");
        filters.Property(filter => filter.StationNameAtStudyLevel).HasColumnName("StationNameAtStudyLevel");
        filters.Ignore(filter => filter.AnyActive);
    }

    public static void ConfigureOptions(ComplexPropertyBuilder<QueryOptions> options)
    {
        options.Property(option => option.RemoveDuplicates).HasColumnName("RemoveDuplicates");
        options.Property(option => option.GetToshibaImages).HasColumnName("GetToshibaImages");
        options.Property(option => option.GetEmptySrSeries).HasColumnName("GetEmptySrSeries");
    }
}
