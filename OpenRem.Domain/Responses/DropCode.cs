namespace OpenRem.Domain.Responses;

/// <summary>Why a response was dropped, as a code the program can test; <see cref="DropReason.Text"/> says it in words.</summary>
public enum DropCode
{
    SentTwice,
    SrOnlyStudyHasOtherModalities,
    FilterMatched,
    AllSeriesFiltered,
    UnwantedModalities,
    HandledInOtherCopy,
    DoseReportPresent,
    NoDoseReportSrIgnored,
    NoUsableSr,
    PhilipsDoseImage,
    MoreThanFiveImages,
    NoUsableCtInformation,
    ToshibaNoImages,
    ToshibaFirstImageOnly,
    NoUsableNmSopClass,
    NmFirstSeriesOnly,
    NoDoseReport,
    OtherSrThanRdsr,
    OtherSrThanEsr,
    NoSeriesLeft,
    AlreadyImported,
    AllObjectsAlreadyImported,
    NoSeriesLeftAfterDuplicates,
    ParentStudyDropped,
    ParentSeriesDropped,
}
