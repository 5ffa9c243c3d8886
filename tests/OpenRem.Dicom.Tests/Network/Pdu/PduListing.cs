using System.Globalization;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Renders a decoded PDU in the line format of decoded/*.txt, so that every field can be compared with it.</summary>
internal static class PduListing
{
    public static IReadOnlyList<string> Render(string name, ProtocolDataUnit pdu)
    {
        var lines = new List<string>
        {
            Invariant($"{name}  ({pdu.Length} bytes) type=0x{(byte)pdu.Type:x2} length-field={pdu.BodyLength}"),
        };
        switch (pdu)
        {
            case AssociationPdu association:
                RenderAssociation(association, lines);
                break;
            case AAssociateRJ reject:
                lines.Add(Invariant($"  result={(byte)reject.Result} source={(byte)reject.Source} reason={(byte)reject.Reason & 0x0F}"));
                break;
            case AAbort abort:
                lines.Add(Invariant($"  source={(byte)abort.Source} reason={(byte)abort.Reason}"));
                break;
            case AReleaseRQ or AReleaseRP:
                lines.Add("  (4 reserved bytes)");
                break;
            case PDataTF data:
                foreach (var pdv in data.PDVs)
                {
                    var kind = pdv.IsCommand ? "command" : "dataset";
                    var last = pdv.IsLastFragment ? "last" : "more";
                    lines.Add(Invariant($"  PDV item-length={pdv.ItemLength} pc-id={pdv.PCID} control=0x{pdv.MessageControlHeader:x2} ({kind}, {last}) value={pdv.Value.Length} bytes"));
                }

                break;
            default:
                throw new InvalidOperationException($"No listing for {pdu.GetType().Name}.");
        }

        return lines;
    }

    private static void RenderAssociation(AssociationPdu pdu, List<string> lines)
    {
        lines.Add(Invariant($"  protocol-version={pdu.ProtocolVersion} called-AE={Quote(pdu.CalledAE.PadRight(16))} calling-AE={Quote(pdu.CallingAE.PadRight(16))}"));
        foreach (var item in pdu.Items)
        {
            switch (item)
            {
                case ApplicationContextItem context:
                    lines.Add($"  item 10 application-context {Quote(context.Name)}");
                    break;
                case PresentationContextRequestItem request:
                    lines.Add(Invariant($"  item 20 PC id={request.Id} abstract={Quote(request.AbstractSyntax)} proposed-ts=[{string.Join(", ", request.TransferSyntaxes.Select(Quote))}]"));
                    break;
                case PresentationContextAcceptItem answer:
                    lines.Add(Invariant($"  item 21 PC id={answer.Id} result={(byte)answer.Result} ts={(answer.TransferSyntax is null ? "None" : Quote(answer.TransferSyntax))}"));
                    break;
                case UserInformationItem userInformation:
                    RenderUserInformation(userInformation, lines);
                    break;
                default:
                    lines.Add(Invariant($"  item {(byte)item.ItemType:x2} len={item.ValueLength}"));
                    break;
            }
        }
    }

    private static void RenderUserInformation(UserInformationItem userInformation, List<string> lines)
    {
        foreach (var subItem in userInformation.SubItems)
        {
            lines.Add(subItem switch
            {
                MaximumLengthSubItem maximum => Invariant($"  user 51 max-pdu-length={maximum.MaximumLength}"),
                ImplementationClassUidSubItem uid => $"  user 52 implementation-class-uid={Quote(uid.Uid)}",
                ImplementationVersionNameSubItem version => $"  user 55 implementation-version-name={Quote(version.Name)}",
                AsynchronousOperationsWindowSubItem window => Invariant($"  user 53 async-ops invoked={window.MaximumOperationsInvoked} performed={window.MaximumOperationsPerformed}"),
                RoleSelectionSubItem role => Invariant($"  user 54 role-selection {Quote(role.SopClassUid)} scu={(role.ScuRole ? 1 : 0)} scp={(role.ScpRole ? 1 : 0)}"),
                _ => Invariant($"  user {(byte)subItem.ItemType:x2} len={subItem.ValueLength}"),
            });
        }
    }

    private static string Quote(string value) => "'" + value + "'";

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
