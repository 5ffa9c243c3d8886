using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>One captured PDU: LABEL-cN-SEQ-DIR-TYPE.bin, where DIR is rq (sent by the requestor) or ac (by the acceptor).</summary>
internal sealed partial record CaptureFile(string Name, string Label, int Sequence, bool FromRequestor, byte[] Bytes)
{
    public static CaptureFile Load(string path)
    {
        var name = Path.GetFileName(path);
        var match = NamePattern().Match(name);
        if (!match.Success)
        {
            throw new InvalidOperationException($"The capture name {name} does not follow LABEL-cN-SEQ-DIR-TYPE.bin.");
        }

        return new CaptureFile(
            name,
            match.Groups["label"].Value,
            int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture),
            match.Groups["dir"].Value == "rq",
            File.ReadAllBytes(path));
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"^(?<label>.+)-c\d+-(?<seq>\d+)-(?<dir>rq|ac)-[A-Z-]+\.bin$")]
    private static partial Regex NamePattern();
}
