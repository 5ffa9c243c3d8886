using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// What A-ASSOCIATE-RQ and A-ASSOCIATE-AC share (PS3.8 §9.3.2-9.3.3): protocol version, called and calling AE
/// titles (16 bytes, space-padded; in the AC an echo of the RQ's), 32 reserved bytes and the variable items.
/// </summary>
public abstract class AssociationPdu : ProtocolDataUnit
{
    /// <summary>The bytes of the body before the first item.</summary>
    public const int FixedBodyLength = 68;

    /// <summary>The protocol version this codec writes (bit 0 set).</summary>
    public const ushort DefaultProtocolVersion = 1;

    private const int CalledAEOffset = 4;
    private const int CallingAEOffset = 20;

    private protected AssociationPdu(ushort protocolVersion, string calledAE, string callingAE, IReadOnlyList<PduItem> items)
    {
        ProtocolVersion = protocolVersion;
        CalledAE = calledAE;
        CallingAE = callingAE;
        Items = items;
        ApplicationContextName = items.OfType<ApplicationContextItem>().First().Name;
        UserInformation = items.OfType<UserInformationItem>().First();
        long length = FixedBodyLength;
        foreach (var item in items)
        {
            length += item.Length;
        }

        BodyLength = RequireBodyLength(length);
    }

    /// <summary>The protocol version field; bit 0 set means version 1, the only one defined.</summary>
    public ushort ProtocolVersion { get; }

    /// <summary>The called AE title, without padding.</summary>
    public string CalledAE { get; }

    /// <summary>The calling AE title, without padding.</summary>
    public string CallingAE { get; }

    /// <summary>All items in wire order, unknown ones included.</summary>
    public IReadOnlyList<PduItem> Items { get; }

    public string ApplicationContextName { get; }

    public UserInformationItem UserInformation { get; }

    public override int BodyLength { get; }

    private protected static IReadOnlyList<PduItem> RequireItems(IEnumerable<PduItem> items, bool isRequest)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        foreach (var item in list)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }

        var problem = AssociationItemRules.FindProblem(list, isRequest);
        return problem is null ? list : throw new ArgumentException(problem, nameof(items));
    }

    /// <summary>Decodes the fixed part and the items of an A-ASSOCIATE-RQ or -AC body.</summary>
    private protected static IReadOnlyList<PduItem> DecodeBody(
        ReadOnlySpan<byte> body, bool isRequest, out ushort protocolVersion, out string calledAE, out string callingAE)
    {
        var pduName = isRequest ? "A-ASSOCIATE-RQ" : "A-ASSOCIATE-AC";
        if (body.Length < FixedBodyLength)
        {
            throw new DicomPduException($"An {pduName} body needs at least {FixedBodyLength} bytes; this one has {body.Length}.");
        }

        protocolVersion = BinaryPrimitives.ReadUInt16BigEndian(body);
        calledAE = PduText.DecodeAeTitle(body.Slice(CalledAEOffset, PduText.AeTitleLength));
        callingAE = PduText.DecodeAeTitle(body.Slice(CallingAEOffset, PduText.AeTitleLength));
        // Check every top-level item length before anything is built, so that a cut or corrupted PDU costs no allocations.
        var check = new PduItemCursor(body[FixedBodyLength..], pduName);
        while (check.TryRead(out _, out _))
        {
        }

        var items = new List<PduItem>();
        var cursor = new PduItemCursor(body[FixedBodyLength..], pduName);
        while (cursor.TryRead(out var type, out var value))
        {
            items.Add(type switch
            {
                PduItemType.ApplicationContext => ApplicationContextItem.Decode(value),
                PduItemType.PresentationContextRequest when isRequest => PresentationContextRequestItem.Decode(value),
                PduItemType.PresentationContextAccept when !isRequest => PresentationContextAcceptItem.Decode(value),
                PduItemType.UserInformation => UserInformationItem.Decode(value),
                _ => new UnknownItem((byte)type, value),
            });
        }

        var problem = AssociationItemRules.FindProblem(items, isRequest);
        return problem is null ? items : throw new DicomPduException(problem);
    }

    private protected override void WriteBody(Span<byte> body)
    {
        BinaryPrimitives.WriteUInt16BigEndian(body, ProtocolVersion);
        body.Slice(2, 2).Clear();
        PduText.EncodeAeTitle(CalledAE, body.Slice(CalledAEOffset, PduText.AeTitleLength));
        PduText.EncodeAeTitle(CallingAE, body.Slice(CallingAEOffset, PduText.AeTitleLength));
        body[(CallingAEOffset + PduText.AeTitleLength)..FixedBodyLength].Clear();
        var offset = FixedBodyLength;
        foreach (var item in Items)
        {
            offset += item.Write(body[offset..]);
        }
    }
}
