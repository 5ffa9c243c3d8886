using System.Globalization;

namespace OpenRem.Dicom.Tests.Dictionary;

/// <summary>
/// The generated tables against their source, python3-pydicom's PS3.6 tables: same number of entries,
/// same contents, same answers to lookups, and generated files that the script would write again unchanged.
/// </summary>
public sealed class PydicomComparisonTests
{
    private const string ImportPydicom = """
        import sys
        try:
            import pydicom.datadict as datadict
            from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
            from pydicom._private_dict import private_dictionaries
            from pydicom._uid_dict import UID_dictionary
        except ImportError as error:
            print(f"pydicom cannot be imported: {error}", file=sys.stderr)
            sys.exit(3)

        """;

    [Fact]
    public void Entry_counts_equal_the_source_tables()
    {
        var counts = PydicomSource.Lines(PydicomSource.RunCode(ImportPydicom + """
            print(len(DicomDictionary))
            print(len(RepeatersDictionary))
            print(len(private_dictionaries))
            print(sum(len(entries) for entries in private_dictionaries.values()))
            print(len(UID_dictionary))
            print(sum(1 for entry in UID_dictionary.values() if entry[1] == "Transfer Syntax"))
            """)).Select(line => int.Parse(line, CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(6, counts.Length);
        Assert.Equal(counts[0], DicomDictionary.Default.Count);
        Assert.Equal(counts[1], DicomDictionary.Default.RepeatingEntries.Count);
        Assert.Equal(counts[2], DicomPrivateDictionary.Default.CreatorCount);
        Assert.Equal(counts[3], DicomPrivateDictionary.Default.CountEntries());
        Assert.Equal(counts[4], DicomUID.Enumerate().Count());
        Assert.Equal(counts[5], DicomTransferSyntax.KnownEntries.Count());
        Assert.Equal(DicomDictionary.Default.Count + DicomDictionary.Default.RepeatingEntries.Count, DicomDictionary.Default.ToList().Count);
    }

    [Fact]
    public void Every_standard_entry_equals_the_source()
    {
        var lines = PydicomSource.Lines(PydicomSource.RunCode(ImportPydicom + """
            for tag, (vr, vm, name, retired, keyword) in sorted(DicomDictionary.items()):
                print(f"{tag:08X}|{vr}|{vm}|{1 if retired else 0}|{keyword}|{name}")
            """));

        Assert.Equal(lines.Length, DicomDictionary.Default.Count);
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            var tag = DicomTag.Parse(fields[0]);
            var entry = DicomDictionary.Default.Lookup(tag);
            Assert.Null(entry.Pattern);
            Assert.Equal(tag, entry.Tag);
            AssertSameEntry(fields[1..], entry, line);
        }
    }

    [Fact]
    public void Every_repeating_entry_equals_the_source_and_matches_the_same_tags_as_pydicom()
    {
        // For each pattern, a concrete tag with every 'x' replaced by 2, and pydicom's keyword for it.
        var lines = PydicomSource.Lines(PydicomSource.RunCode(ImportPydicom + """
            for pattern, (vr, vm, name, retired, keyword) in sorted(RepeatersDictionary.items()):
                tag = int(pattern.replace("x", "2"), 16)
                print(f"{pattern}|{tag:08X}|{datadict.keyword_for_tag(tag)}|{vr}|{vm}|{1 if retired else 0}|{keyword}|{name}")
            """));

        Assert.Equal(lines.Length, DicomDictionary.Default.RepeatingEntries.Count);
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            var expectedPattern = string.Concat(fields[0].Select(c => c == 'x' ? 'x' : char.ToUpperInvariant(c)));
            var entry = Assert.Single(DicomDictionary.Default.RepeatingEntries, e => e.Pattern == expectedPattern);
            AssertSameEntry(fields[3..], entry, line);

            var concrete = DicomTag.Parse(fields[1]);
            Assert.True(entry.Matches(concrete), line);
            Assert.Equal(fields[2], DicomDictionary.Default.Lookup(concrete).Keyword);
        }
    }

    [Fact]
    public void Private_lookups_equal_pydicoms_get_private_entry()
    {
        // Every key of every creator made concrete (group 'xx' -> 09, element 'xx' -> 10), looked up by pydicom.
        var lines = PydicomSource.Lines(PydicomSource.RunCode(ImportPydicom + """
            for creator in sorted(private_dictionaries):
                for key in sorted(private_dictionaries[creator]):
                    tag = int(key[:4].replace("xx", "09") + key[4:].replace("xx", "10"), 16)
                    try:
                        vr, vm, name, retired = datadict.get_private_entry(tag, creator)
                        print(f"{creator}|{tag:08X}|{vr}|{vm}|{1 if retired else 0}|{name}")
                    except KeyError:
                        print(f"{creator}|{tag:08X}|-")
            """));

        Assert.Equal(DicomPrivateDictionary.Default.CountEntries(), lines.Length);
        var found = 0;
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            var tag = DicomTag.Parse(fields[1]);
            var known = DicomDictionary.Default.TryLookupPrivate(fields[0], tag, out var entry);
            if (fields[2] == "-")
            {
                Assert.False(known, line);
                continue;
            }

            Assert.True(known, line);
            Assert.Equal(fields[0], entry!.PrivateCreator);
            Assert.Equal(fields[2].Replace("_", " or ", StringComparison.Ordinal), VRText(entry));
            Assert.Equal(fields[3], entry.ValueMultiplicity);
            Assert.Equal(fields[4] == "1", entry.IsRetired);
            Assert.Equal(fields[5], entry.Name);
            found++;
        }

        Assert.True(found > 9000, $"only {found} private entries were found by both");
    }

    [Fact]
    public void Every_uid_equals_the_source()
    {
        var lines = PydicomSource.Lines(PydicomSource.RunCode(ImportPydicom + """
            for uid, (name, kind, info, retired, keyword) in sorted(UID_dictionary.items()):
                print(f"{uid}|{name}|{kind}|{1 if retired else 0}|{keyword}")
            """));

        Assert.Equal(lines.Length, DicomUID.Enumerate().Count());
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            Assert.True(DicomUID.TryGetKnown(fields[0], out var uid), line);
            Assert.Equal(fields[1], uid.Name);
            Assert.Equal(ExpectedType(fields[2]), uid.Type);
            Assert.Equal(fields[3] == "1", uid.IsRetired);
            Assert.Equal(fields[4], uid.Keyword);
            Assert.Equal(uid.Type == DicomUidType.TransferSyntax, DicomTransferSyntax.TryGetKnown(uid.UID, out _));
        }
    }

    [Fact]
    public void Generated_files_are_what_the_script_writes()
    {
        var temporary = Directory.CreateTempSubdirectory("openrem-dictionary-");
        try
        {
            PydicomSource.Run([RepositoryPaths.GeneratorScript, "--output-dir", temporary.FullName]);

            var expected = temporary.GetFiles("*.cs").Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
            var committed = Directory.GetFiles(RepositoryPaths.GeneratedFolder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, committed);
            foreach (var name in expected)
            {
                var fresh = File.ReadAllText(Path.Combine(temporary.FullName, name)).ReplaceLineEndings("\n");
                var inRepository = File.ReadAllText(Path.Combine(RepositoryPaths.GeneratedFolder, name)).ReplaceLineEndings("\n");
                Assert.True(
                    fresh == inRepository,
                    $"{name} is out of date: run '/usr/bin/python3 tools/generate-dictionary.py' and commit the result.");
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    private static void AssertSameEntry(string[] fields, DicomDictionaryEntry entry, string line)
    {
        Assert.True(fields[0] == VRText(entry), $"VR of {line}: {VRText(entry)}");
        Assert.Equal(fields[1], entry.ValueMultiplicity);
        Assert.Equal(fields[2] == "1", entry.IsRetired);
        Assert.Equal(fields[3], entry.Keyword);
        Assert.Equal(fields[4], entry.Name);
    }

    private static string VRText(DicomDictionaryEntry entry) => string.Join(" or ", entry.ValueRepresentations.Select(vr => vr.Code));

    private static DicomUidType ExpectedType(string typeColumn) => typeColumn switch
    {
        "Transfer Syntax" => DicomUidType.TransferSyntax,
        "SOP Class" => DicomUidType.SOPClass,
        "Meta SOP Class" => DicomUidType.MetaSOPClass,
        "Service Class" => DicomUidType.ServiceClass,
        "Well-known SOP Instance" or "Well-known Printer SOP Instance" or "Well-known Print Queue SOP Instance" => DicomUidType.SOPInstance,
        "Application Context Name" => DicomUidType.ApplicationContextName,
        "Application Hosting Model" => DicomUidType.ApplicationHostingModel,
        "Coding Scheme" or "DICOM UIDs as a Coding Scheme" => DicomUidType.CodingScheme,
        "Well-known frame of reference" => DicomUidType.FrameOfReference,
        "Synchronization Frame of Reference" => DicomUidType.SynchronizationFrameOfReference,
        "LDAP OID" => DicomUidType.LDAP,
        "Mapping Resource" => DicomUidType.MappingResource,
        _ => throw new InvalidOperationException($"The test does not know the UID type '{typeColumn}'."),
    };
}
