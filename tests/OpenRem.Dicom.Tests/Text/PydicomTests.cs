namespace OpenRem.Dicom.Tests.Text;

/// <summary>The reference runner fails loudly, with the package to install, when pydicom is not there.</summary>
public sealed class PydicomTests
{
    [Fact]
    public void Missing_pydicom_fails_with_the_install_hint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pydicom.Run("import pydicom", withoutSitePackages: true));

        Assert.Contains(Pydicom.InstallHint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_pydicom_answers() =>
        Assert.Equal("ok", Pydicom.Run("import pydicom\nprint('ok')").Trim());
}
