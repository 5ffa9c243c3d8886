namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The user identity negotiation sub-item of an A-ASSOCIATE-AC (0x59, PS3.7 Annex D.3.3.7): the server response.</summary>
public sealed class UserIdentityResponseSubItem : PduItem
{
    private readonly byte[] _serverResponse;

    public UserIdentityResponseSubItem(ReadOnlySpan<byte> serverResponse)
        : this(serverResponse.ToArray())
    {
    }

    private UserIdentityResponseSubItem(byte[] serverResponse)
        : base(2 + serverResponse.Length)
    {
        _serverResponse = serverResponse;
    }

    public override PduItemType ItemType => PduItemType.UserIdentityResponse;

    /// <summary>The server response (empty for username identities), a private copy.</summary>
    public ReadOnlyMemory<byte> ServerResponse => _serverResponse;

    public override string ToString() => $"user identity response ({_serverResponse.Length} bytes)";

    internal static UserIdentityResponseSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "user identity response sub-item");
        var response = reader.ReadLengthPrefixed("the server response").ToArray();
        reader.RequireEnd();
        return new UserIdentityResponseSubItem(response);
    }

    private protected override void WriteValue(Span<byte> value) => WriteLengthPrefixed(value, _serverResponse);
}
