namespace OpenRem.Dicom.Tests.Dictionary;

public sealed class PydicomSourceTests
{
    [Fact]
    public void A_missing_pydicom_fails_the_test_naming_the_package_to_install()
    {
        var failure = Assert.ThrowsAny<Exception>(() => PydicomSource.RunCode(
            "import sys; print(\"pydicom cannot be imported: No module named 'pydicom'\", file=sys.stderr); sys.exit(3)"));

        Assert.Contains("python3-pydicom", failure.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install python3-pydicom", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_lines_are_returned_without_line_breaks()
    {
        Assert.Equal(["a", "b"], PydicomSource.Lines(PydicomSource.RunCode("print('a'); print('b')")));
    }
}
