using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>Runs Python scripts with Debian's python3 and pydicom, which serve as the reference decoder.</summary>
internal static class Pydicom
{
    public const string InstallHint = PythonProcess.InstallHint;

    /// <summary>Runs <paramref name="script"/> (read from standard input) and returns what it printed.</summary>
    /// <param name="script">Python source.</param>
    /// <param name="withoutSitePackages">Starts Python with -S, so that no installed package is found (used to test the failure message).</param>
    public static string Run(string script, bool withoutSitePackages = false)
    {
        try
        {
            return PythonProcess.Run(withoutSitePackages ? ["-S", "-"] : ["-"], script);
        }
        catch (PythonProcessException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}
