namespace OpenRem.Domain.Find.Rules;

/// <summary>What SR typing found among a study's SR series.</summary>
internal enum DoseReportKind
{
    /// <summary>No dose report.</summary>
    None,

    /// <summary>An X-Ray Radiation Dose SR.</summary>
    RadiationDoseSr,

    /// <summary>An Enhanced SR and no RDSR.</summary>
    EnhancedSr,

    /// <summary>An SR series returned nothing at image level and the user chose to assume such series are dose reports.</summary>
    AssumedFromEmptySeries,
}
