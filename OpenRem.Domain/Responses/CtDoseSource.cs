namespace OpenRem.Domain.Responses;

/// <summary>What the CT rule found to retrieve for a CT study.</summary>
public enum CtDoseSource
{
    /// <summary>An RDSR or ESR (or an SR assumed to be one).</summary>
    DoseReport,

    /// <summary>A series described "dose info", probably a Philips dose image.</summary>
    PhilipsDoseInfo,

    /// <summary>First images prepared for the Toshiba dose extractor.</summary>
    ToshibaPrepared,

    /// <summary>No descriptions; series of at most five images kept as possible Philips dose images.</summary>
    MaybePhilips,
}
