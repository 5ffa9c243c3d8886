using System.Text.Json;
using OpenRem.Dicom.Serialization;

namespace OpenRem.Dicom.Tests.Serialization;

/// <summary>The DICOM JSON model (PS3.18 Annex F) for data the test builds itself.</summary>
public sealed class DicomJsonWriterTests
{
    [Fact]
    public void Writes_each_VR_family_as_the_JSON_model_says()
    {
        var item = new DicomDataset();
        item.AddOrUpdate(DicomTag.CodeValue, "113691");
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SpecificCharacterSet, "ISO_IR 192");
        dataset.AddOrUpdate(DicomTag.PatientName, "Yamada^Tarou=山田^太郎=やまだ^たろう");
        dataset.AddOrUpdate(DicomTag.ImageType, "ORIGINAL", "PRIMARY");
        dataset.AddOrUpdate(DicomTag.InstanceNumber, "7");
        dataset.AddOrUpdate(DicomTag.SliceThickness, "1.50");
        dataset.AddOrUpdate<ushort>(DicomTag.Rows, 512);
        dataset.AddOrUpdate<double>(DicomTag.FloatingPointValue, 0.25, -2);
        dataset.AddOrUpdate<DicomTag>(DicomTag.FrameIncrementPointer, DicomTag.FrameTime);
        dataset.AddOrUpdate(DicomVR.OB, new DicomTag(0x0009, 0x1001), new byte[] { 1, 2, 3, 4 });
        dataset.AddOrUpdate(new DicomTag(0x0009, 0x0010), "OPENREM");
        dataset.AddOrUpdate(DicomTag.StudyDescription, string.Empty);
        dataset.AddOrUpdate(DicomTag.ConceptNameCodeSequence, item);

        using var json = JsonDocument.Parse(DicomJsonWriter.Serialize(dataset));
        var root = json.RootElement;

        var name = root.GetProperty("00100010").GetProperty("Value")[0];
        Assert.Equal("Yamada^Tarou", name.GetProperty("Alphabetic").GetString());
        Assert.Equal("山田^太郎", name.GetProperty("Ideographic").GetString());
        Assert.Equal("やまだ^たろう", name.GetProperty("Phonetic").GetString());
        Assert.Equal(["ORIGINAL", "PRIMARY"], root.GetProperty("00080008").GetProperty("Value").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(7, root.GetProperty("00200013").GetProperty("Value")[0].GetInt32());
        Assert.Equal(1.5, root.GetProperty("00180050").GetProperty("Value")[0].GetDouble());
        Assert.Equal(512, root.GetProperty("00280010").GetProperty("Value")[0].GetInt32());
        Assert.Equal([0.25, -2.0], root.GetProperty("0040A161").GetProperty("Value").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("00181063", root.GetProperty("00280009").GetProperty("Value")[0].GetString());
        Assert.Equal("AQIDBA==", root.GetProperty("00091001").GetProperty("InlineBinary").GetString());
        Assert.Equal("LO", root.GetProperty("00090010").GetProperty("vr").GetString());
        Assert.False(root.GetProperty("00081030").TryGetProperty("Value", out _), "An empty element has only its VR.");
        Assert.Equal("113691", root.GetProperty("0040A043").GetProperty("Value")[0].GetProperty("00080100").GetProperty("Value")[0].GetString());
        Assert.Equal(["00080005", "00080008", "00081030", "00090010", "00091001", "00100010", "00180050", "00200013", "00280009", "00280010", "0040A043", "0040A161"],
            root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_person_name_without_ideographic_or_phonetic_groups_has_only_Alphabetic()
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.PatientName, "Doe^Jane==");

        using var json = JsonDocument.Parse(DicomJsonWriter.Serialize(dataset));

        var name = json.RootElement.GetProperty("00100010").GetProperty("Value")[0];
        Assert.Equal(["Alphabetic"], name.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_number_string_that_is_not_a_number_is_kept_as_text()
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomVR.DS, DicomTag.NumericValue, "10.50/ 15.00");

        using var json = JsonDocument.Parse(DicomJsonWriter.Serialize(dataset));

        Assert.Equal("10.50/ 15.00", json.RootElement.GetProperty("0040A30A").GetProperty("Value")[0].GetString());
    }
}
