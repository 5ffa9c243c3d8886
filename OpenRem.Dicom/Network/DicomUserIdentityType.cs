namespace OpenRem.Dicom.Network;

/// <summary>The User-Identity-Type of a user identity negotiation sub-item (PS3.7 Table D.3-14).</summary>
public enum DicomUserIdentityType : byte
{
    /// <summary>Username as a UTF-8 string.</summary>
    Username = 1,

    /// <summary>Username and passcode.</summary>
    UsernameAndPasscode = 2,

    /// <summary>Kerberos service ticket.</summary>
    Kerberos = 3,

    /// <summary>SAML assertion.</summary>
    Saml = 4,

    /// <summary>JSON Web Token.</summary>
    Jwt = 5,
}
