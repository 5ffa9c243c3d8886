using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>
/// A whole DIMSE command set or data set put back together from the captured P-DATA-TF PDUs that carried it,
/// with those PDUs and the maximum length the receiving side had announced.
/// </summary>
internal sealed record CapturedMessage(string Label, byte PresentationContextId, bool IsCommand, byte[] Value, IReadOnlyList<byte[]> Pdus, uint ReceiverMaxLength)
{
    public override string ToString() => $"{Label} {(IsCommand ? "command" : "data set")} of {Value.Length} bytes in {Pdus.Count} PDU(s)";

    public static IReadOnlyList<CapturedMessage> All()
    {
        var messages = new List<CapturedMessage>();
        foreach (var label in GoldenVectors.Captures().Select(c => c.Label).Distinct())
        {
            messages.AddRange(FromScenario(label));
        }

        return messages;
    }

    private static IEnumerable<CapturedMessage> FromScenario(string label)
    {
        var maxLength = new Dictionary<bool, uint>();
        var pending = new Dictionary<bool, (List<byte> Value, List<byte[]> Pdus)>();
        foreach (var capture in GoldenVectors.Scenario(label))
        {
            var pdu = PduDecoder.Decode(capture.Bytes);
            if (pdu is AssociationPdu association)
            {
                maxLength[capture.FromRequestor] = association.UserInformation.MaximumLength ?? 0;
            }

            if (pdu is not PDataTF data)
            {
                continue;
            }

            if (!pending.TryGetValue(capture.FromRequestor, out var message))
            {
                message = ([], []);
                pending[capture.FromRequestor] = message;
            }

            message.Pdus.Add(capture.Bytes);
            foreach (var pdv in data.PDVs)
            {
                message.Value.AddRange(pdv.Value.ToArray());
                if (pdv.IsLastFragment)
                {
                    pending.Remove(capture.FromRequestor);
                    yield return new CapturedMessage(label, pdv.PCID, pdv.IsCommand, message.Value.ToArray(), message.Pdus, maxLength[!capture.FromRequestor]);
                }
            }
        }
    }
}
