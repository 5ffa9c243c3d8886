namespace OpenRem.Dicom.Tests.Text;

/// <summary>
/// Turns a whole decoded element value into the values pydicom reports, applying pydicom's
/// trimming: PN loses trailing spaces/NULs of the whole value and empty trailing component
/// groups; SH, LO and UC are split on '\' and each value loses trailing spaces/NULs; ST, LT and
/// UT are one value without trailing spaces/NULs.
/// </summary>
internal static class PydicomValues
{
    private static readonly char[] Padding = [' ', '\0'];

    public static IReadOnlyList<string> From(string decoded, DicomVR vr)
    {
        if (vr == DicomVR.PN)
        {
            return decoded.TrimEnd(Padding).Split('\\').Select(WithoutEmptyTrailingGroups).ToList();
        }

        if (!vr.IsMultiValue)
        {
            return [decoded.TrimEnd(Padding)];
        }

        return decoded.Split('\\').Select(value => value.TrimEnd(Padding)).ToList();
    }

    private static string WithoutEmptyTrailingGroups(string name)
    {
        var groups = name.Split('=').ToList();
        while (groups.Count > 0 && groups[^1].Length == 0)
        {
            groups.RemoveAt(groups.Count - 1);
        }

        return string.Join('=', groups);
    }
}
