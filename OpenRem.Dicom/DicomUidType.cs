namespace OpenRem.Dicom;

/// <summary>What a UID identifies: the Type column of PS3.6 Table A-1.</summary>
public enum DicomUidType
{
    TransferSyntax,
    SOPClass,
    MetaSOPClass,
    ServiceClass,

    /// <summary>A well-known SOP instance, including the well-known printer and print queue instances.</summary>
    SOPInstance,
    ApplicationContextName,
    ApplicationHostingModel,

    /// <summary>A coding scheme, including "DICOM UIDs as a Coding Scheme".</summary>
    CodingScheme,

    /// <summary>A well-known frame of reference.</summary>
    FrameOfReference,
    SynchronizationFrameOfReference,

    /// <summary>An LDAP OID.</summary>
    LDAP,
    MappingResource,
    ContextGroupName,

    /// <summary>A UID that is not in the standard's table (generated, private, or unknown).</summary>
    Unknown,
}
