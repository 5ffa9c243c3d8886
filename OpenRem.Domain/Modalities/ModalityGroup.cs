namespace OpenRem.Domain.Modalities;

/// <summary>
/// A group of modalities a user asks for, each handled by its own series rules. Declared in the order the
/// groups are queried and split: CT, mammography, fluoroscopy, radiography, nuclear medicine, SR only.
/// </summary>
public enum ModalityGroup
{
    /// <summary>CT: modality code CT.</summary>
    Ct,

    /// <summary>Mammography: modality code MG.</summary>
    Mammography,

    /// <summary>Fluoroscopy: modality codes RF and XA.</summary>
    Fluoroscopy,

    /// <summary>Radiography: modality codes DX, CR and PX.</summary>
    Radiography,

    /// <summary>Nuclear medicine: modality codes NM and PT.</summary>
    NuclearMedicine,

    /// <summary>Studies that hold only structured reports: modality code SR. Never combined with another group.</summary>
    SrOnly,
}
