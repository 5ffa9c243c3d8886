namespace OpenRem.Domain.Imported.Dose;

/// <summary>The dose of one CT acquisition (irradiation event) of a dose report.</summary>
/// <param name="IrradiationEventUid">The event's Irradiation Event UID.</param>
/// <param name="AcquisitionProtocol">The acquisition protocol text, such as "Thorax".</param>
/// <param name="CtdiVol">The Mean CTDIvol, in mGy; null for events without CT dose (localisers, often).</param>
/// <param name="Dlp">The event's Dose Length Product, in mGy·cm.</param>
public sealed record CtIrradiationEventDose(string? IrradiationEventUid, string? AcquisitionProtocol, decimal? CtdiVol, decimal? Dlp);
