namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>
/// The expectations in decoded/LABEL.txt: for each capture, its header line and the PDU-level lines (two-space
/// indent). Deeper lines (DIMSE and data set content) belong to later layers and are left out.
/// </summary>
internal static class DecodedCaptureText
{
    public static IReadOnlyList<string> LinesFor(CaptureFile capture)
    {
        var lines = GoldenVectors.DecodedText(capture.Label).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(capture.Name + "  ", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"decoded/{capture.Label}.txt has no entry for {capture.Name}.");
        }

        var result = new List<string> { lines[start] };
        for (var i = start + 1; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].StartsWith("  ", StringComparison.Ordinal) && !lines[i].StartsWith("    ", StringComparison.Ordinal))
            {
                result.Add(lines[i]);
            }
        }

        return result;
    }
}
