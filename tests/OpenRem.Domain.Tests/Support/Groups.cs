using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Tests.Support;

internal static class Groups
{
    /// <summary>CT, MG, FL, DX and NM: every group but SR-only, as the reference's series tests set up.</summary>
    public static ModalitySelection AllFive { get; } = ModalitySelection.Of(
        ModalityGroup.Ct, ModalityGroup.Mammography, ModalityGroup.Fluoroscopy, ModalityGroup.Radiography, ModalityGroup.NuclearMedicine);

    public static ModalitySelection Ct { get; } = ModalitySelection.Of(ModalityGroup.Ct);
}
