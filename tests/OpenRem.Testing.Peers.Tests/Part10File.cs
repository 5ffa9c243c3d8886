namespace OpenRem.Testing.Peers.Tests;

/// <summary>Recognises a DICOM Part 10 file: "DICM" after the 128-byte preamble.</summary>
internal static class Part10File
{
    public static bool Is(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length > 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8);
    }
}
