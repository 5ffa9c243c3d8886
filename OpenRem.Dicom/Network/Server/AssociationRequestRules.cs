using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// The server's checks of an A-ASSOCIATE-RQ before its presentation contexts are looked at (PS3.8 Table 9-21):
/// protocol version and application context (service provider / service user), called AE title, calling AE title
/// allow-list, then the number of open associations.
/// </summary>
public static class AssociationRequestRules
{
    /// <summary>The DICOM application context name (PS3.7 Annex A.2.1).</summary>
    public const string DicomApplicationContext = "1.2.840.10008.3.1.1.1";

    /// <summary>The reason to reject <paramref name="request"/>, or null to go on.</summary>
    public static AssociationRejection? Check(AAssociateRQ request, DicomServerOptions options, bool isOverLimit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if ((request.ProtocolVersion & 1) == 0)
        {
            return new(DicomRejectResult.Permanent, DicomRejectSource.ServiceProviderACSE, DicomRejectReason.ProtocolVersionNotSupported,
                $"protocol version 0x{request.ProtocolVersion:X4} does not include version 1");
        }

        if (!string.Equals(request.ApplicationContextName, DicomApplicationContext, StringComparison.Ordinal))
        {
            return new(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.ApplicationContextNotSupported,
                $"application context {request.ApplicationContextName} is not the DICOM application context");
        }

        var calledAE = options.CalledAE?.Trim();
        if (!IsAeTitle(request.CalledAE) || (!string.IsNullOrEmpty(calledAE) && !string.Equals(request.CalledAE, calledAE, StringComparison.Ordinal)))
        {
            return new(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.CalledAENotRecognized,
                $"called AE title '{request.CalledAE}' is not this server's ('{calledAE}')");
        }

        if (!IsAeTitle(request.CallingAE) || !IsAllowedCaller(request.CallingAE, options.AllowedCallingAEs))
        {
            return new(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.CallingAENotRecognized,
                $"calling AE title '{request.CallingAE}' is not allowed");
        }

        if (isOverLimit)
        {
            return new(DicomRejectResult.Transient, DicomRejectSource.ServiceProviderPresentation, DicomRejectReason.LocalLimitExceeded,
                $"the limit of {options.MaxClientsAllowed} open associations is reached");
        }

        return null;
    }

    /// <summary>1 to 16 printable ASCII characters, not all spaces, no backslash (PS3.5 AE).</summary>
    private static bool IsAeTitle(string value)
    {
        try
        {
            PduText.RequireAeTitle(value, nameof(value));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsAllowedCaller(string callingAE, IReadOnlyCollection<string>? allowed)
    {
        if (allowed is null || allowed.Count == 0)
        {
            return true;
        }

        foreach (var title in allowed)
        {
            if (string.Equals(title.Trim(), callingAE, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
