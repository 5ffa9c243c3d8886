using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Responses;

/// <summary>
/// Why a study, series or image response will not be retrieved: a code and the text the user reads. The texts
/// are those the reference shows, typos included, so users and their notes recognise them.
/// </summary>
public sealed record DropReason(DropCode Code, string Text)
{
    public static DropReason SentTwice { get; } = new(DropCode.SentTwice, "Somehow this study was sent twice");

    public static DropReason AllSeriesFiltered { get; } =
        new(DropCode.AllSeriesFiltered, "All Series of this studies where ignored due to some active filter");

    public static DropReason NoDoseReportSrIgnored { get; } = new(DropCode.NoDoseReportSrIgnored, "No RDSR, ignored all SR series");

    public static DropReason NoUsableSr { get; } = new(DropCode.NoUsableSr, "No usable SR in study");

    public static DropReason PhilipsDoseImage { get; } =
        new(DropCode.PhilipsDoseImage, "Found what is probably Philips dose image, no SR, all other series ignored");

    public static DropReason MoreThanFiveImages { get; } = new(
        DropCode.MoreThanFiveImages,
        "No series descriptions when checking for philips dose image.Keeping only series with < 6 images.");

    public static DropReason NoUsableCtInformation { get; } =
        new(DropCode.NoUsableCtInformation, "Found no usuable information in this study");

    public static DropReason ToshibaNoImages { get; } =
        new(DropCode.ToshibaNoImages, "Searching for Toshiba: No images in series found.");

    public static DropReason ToshibaFirstImageOnly { get; } =
        new(DropCode.ToshibaFirstImageOnly, "Toshiba option selected. Ignoring all but the first image.");

    public static DropReason NoUsableNmSopClass { get; } =
        new(DropCode.NoUsableNmSopClass, "Excluding all series without SOP class we can use");

    public static DropReason NmFirstSeriesOnly { get; } =
        new(DropCode.NmFirstSeriesOnly, "All NM images of a series contain the same NM data. Only first downloaded.");

    public static DropReason NoDoseReport { get; } = new(DropCode.NoDoseReport, "No RDSR or ESR found.");

    public static DropReason OtherSrThanRdsr { get; } = new(DropCode.OtherSrThanRdsr, "RDSR present, ignoring all non-RDSR SR");

    public static DropReason OtherSrThanEsr { get; } =
        new(DropCode.OtherSrThanEsr, "ESR present, no RDSR found, all other SR series ignored");

    public static DropReason NoSeriesLeft { get; } = new(DropCode.NoSeriesLeft, "There are no series left");

    public static DropReason AlreadyImported { get; } =
        new(DropCode.AlreadyImported, "SOP instance of this object is present in database");

    public static DropReason AllObjectsAlreadyImported { get; } =
        new(DropCode.AllObjectsAlreadyImported, "All files of this series ignored");

    public static DropReason NoSeriesLeftAfterDuplicates { get; } =
        new(DropCode.NoSeriesLeftAfterDuplicates, "Study does not have any series left");

    public static DropReason ParentStudyDropped { get; } =
        new(DropCode.ParentStudyDropped, "Ignored, since parent study was ignored");

    public static DropReason ParentSeriesDropped { get; } =
        new(DropCode.ParentSeriesDropped, "Ignored, since parent series was ignored");

    /// <summary>SR only was asked for, but the study holds other modalities too.</summary>
    public static DropReason SrOnlyStudyHasOtherModalities(IEnumerable<string> modalities) =>
        new(DropCode.SrOnlyStudyHasOtherModalities, "SR only checked, but this study contains " + ModalityList.Format(modalities));

    /// <summary>An include filter did not match, or an exclude filter matched.</summary>
    public static DropReason FilterMatched(FilterField field, FilterKind kind)
    {
        var fieldName = field == FilterField.StudyDescription ? "study_description" : "station_name";
        var kindName = kind == FilterKind.Include ? "include" : "exclude";
        return new DropReason(DropCode.FilterMatched, $"Filter {fieldName} {kindName} active and matched here");
    }

    /// <summary>The study holds none of the modalities asked for.</summary>
    public static DropReason UnwantedModalities(IEnumerable<string> modalities) =>
        new(DropCode.UnwantedModalities, "The study only contained modalities we do not care about (" + ModalityList.Format(modalities) + ")");

    /// <summary>The series belongs to the copy of a mixed study that another group's rules handle.</summary>
    public static DropReason HandledInOtherCopy(ModalityGroup group) =>
        new(DropCode.HandledInOtherCopy, "Handled in the " + ModalityGroups.ShortCode(group) + " copy of this study");

    /// <summary>A dose report was found, so the series that are not SR are not needed; worded as each group's rule words it.</summary>
    public static DropReason DoseReportPresent(ModalityGroup group) => group switch
    {
        ModalityGroup.Mammography => new(DropCode.DoseReportPresent, "RDSR present, all other series ignored"),
        ModalityGroup.Radiography => new(DropCode.DoseReportPresent, "RDSR present, all non SR series ignored"),
        _ => new(DropCode.DoseReportPresent, "RDSR present, all not SR series ignored"),
    };

    /// <inheritdoc />
    public override string ToString() => Text;
}
