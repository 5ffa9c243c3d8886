namespace OpenRem.Dicom.Tests.Text;

/// <summary>The Python programs that ask pydicom for reference values, printing JSON.</summary>
internal static class PydicomScripts
{
    /// <summary>
    /// For every file in pydicom's charset_files and test_files: each SH, LO, UC, ST, LT, UT and PN
    /// element, found recursively through sequences, with its raw bytes, the raw (0008,0005) in
    /// effect (an item's own, else its parent's) and pydicom's decoded values.
    /// </summary>
    public const string TextElements = """
        import glob, json, os, sys, warnings
        warnings.simplefilter("ignore")
        import pydicom
        import pydicom.data
        from pydicom.dataelem import RawDataElement
        from pydicom.multival import MultiValue

        TEXT_VRS = {"SH", "LO", "UC", "ST", "LT", "UT", "PN"}

        def raw_charset(ds, inherited):
            if 0x00080005 not in ds:
                return inherited
            value = ds.get_item(0x00080005).value
            if isinstance(value, bytes):
                return value.decode("latin-1")
            if isinstance(value, str):
                return value
            return "\\".join(value)

        def walk(ds, charset, path, out):
            for tag in list(ds.keys()):
                raw = ds.get_item(tag)
                raw_value = raw.value if isinstance(raw, RawDataElement) else None
                try:
                    elem = ds[tag]
                except Exception:
                    continue
                if elem.VR == "SQ":
                    for index, item in enumerate(elem.value):
                        walk(item, raw_charset(item, charset), path + ["%08X" % int(tag), index], out)
                    continue
                if elem.VR not in TEXT_VRS or not raw_value:
                    continue
                value = elem.value
                values = list(value) if isinstance(value, (list, MultiValue)) else [value]
                out.append({
                    "path": "/".join(str(p) for p in path + ["%08X" % int(tag)]),
                    "vr": elem.VR,
                    "charset": charset,
                    "hex": raw_value.hex(),
                    "values": [str(v) for v in values],
                })

        root = os.path.dirname(pydicom.data.__file__)
        files = sorted(glob.glob(os.path.join(root, "charset_files", "*.dcm")))
        files += sorted(glob.glob(os.path.join(root, "test_files", "*.dcm")))
        files += sorted(glob.glob(os.path.join(root, "test_files", "dicomdirtests", "DICOMDIR")))
        result = {"version": pydicom.__version__, "files": {}}
        for name in files:
            key = os.path.relpath(name, root)
            try:
                ds = pydicom.dcmread(name, force=True)
                out = []
                walk(ds, raw_charset(ds, ""), [], out)
                result["files"][key] = {"elements": out}
            except Exception as error:
                result["files"][key] = {"error": repr(error)}
        json.dump(result, sys.stdout, ensure_ascii=False)
        """;

    /// <summary>
    /// Reference decodings of every character of the single-byte sets and of the two-byte sets,
    /// in the order the tests generate their inputs. A null entry marks input pydicom cannot
    /// decode (it then falls back to replacement characters), which the tests do not compare.
    /// </summary>
    public const string CharacterTables = """
        import json, sys, warnings
        warnings.simplefilter("ignore")
        from pydicom.charset import decode_bytes, convert_encodings
        from pydicom.valuerep import TEXT_VR_DELIMS, PN_DELIMS

        def pydicom_text(data, terms):
            text = decode_bytes(data, convert_encodings(terms), PN_DELIMS)
            return None if ("\ufffd" in text or "\x1b" in text) else text

        def python_text(data, codec):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None

        terms = ["", "ISO_IR 6", "ISO_IR 13", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110",
                 "ISO_IR 126", "ISO_IR 127", "ISO_IR 138", "ISO_IR 144", "ISO_IR 148", "ISO_IR 166",
                 "ISO_IR 192", "GB18030", "GBK", "ISO 2022 IR 6", "ISO 2022 IR 13", "ISO 2022 IR 100",
                 "ISO 2022 IR 101", "ISO 2022 IR 109", "ISO 2022 IR 110", "ISO 2022 IR 126",
                 "ISO 2022 IR 127", "ISO 2022 IR 138", "ISO 2022 IR 144", "ISO 2022 IR 148",
                 "ISO 2022 IR 166", "ISO 2022 IR 87", "ISO 2022 IR 149", "ISO 2022 IR 58"]
        single = {}
        for term in terms:
            single[term] = [decode_bytes(bytes([b]), convert_encodings([term]), TEXT_VR_DELIMS) for b in range(256)]

        square = [(row, cell) for row in range(0x21, 0x7F) for cell in range(0x21, 0x7F)]
        gb_pairs = [(lead, trail) for lead in range(0x81, 0xFF) for trail in range(0x40, 0xFF) if trail != 0x7F]
        sjis_leads = list(range(0x81, 0xA0)) + list(range(0xE0, 0xF0))
        sjis_trails = list(range(0x40, 0x7F)) + list(range(0x80, 0xFD))
        sjis_pairs = [(lead, trail) for lead in sjis_leads for trail in sjis_trails]

        double = {
            "ISO 2022 IR 87": [pydicom_text(b"\x1b$B" + bytes(p) + b"\x1b(B", ["", "ISO 2022 IR 87"]) for p in square],
            "ISO 2022 IR 149": [pydicom_text(b"\x1b$)C" + bytes([p[0] | 0x80, p[1] | 0x80]), ["", "ISO 2022 IR 149"]) for p in square],
            "ISO 2022 IR 58": [python_text(bytes([p[0] | 0x80, p[1] | 0x80]), "gb2312") for p in square],
            "GBK": [pydicom_text(bytes(p), ["GBK"]) for p in gb_pairs],
            "GB18030": [pydicom_text(bytes(p), ["GB18030"]) for p in gb_pairs],
            "ISO_IR 13": [pydicom_text(bytes(p), ["ISO_IR 13"]) for p in sjis_pairs],
        }
        json.dump({"single": single, "double": double}, sys.stdout, ensure_ascii=False)
        """;
}
