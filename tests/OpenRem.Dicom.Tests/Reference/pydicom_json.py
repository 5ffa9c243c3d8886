#!/usr/bin/python3
"""Prints pydicom's DICOM JSON model of each file given, one JSON object per line.

Each line is {"file": PATH, "json": {...}, "dropped": {PATH: REASON}} or {"file": PATH, "error": TEXT}.
The meta group is not part of the dataset. An element that pydicom cannot convert is left out and listed
under "dropped" with pydicom's reason; everything else is pydicom's own DataElement.to_json_dict output.
Used by the tests as the reference for OpenRem.Dicom's JSON output.
"""
import json
import math
import os
import sys
import warnings

import pydicom


def finite(node):
    """JSON has no NaN or infinity: write them as the strings OpenRem writes."""
    if isinstance(node, float) and not math.isfinite(node):
        return "NaN" if math.isnan(node) else ("Infinity" if node > 0 else "-Infinity")
    if isinstance(node, dict):
        return {k: finite(v) for k, v in node.items()}
    if isinstance(node, list):
        return [finite(v) for v in node]
    return node


def to_json(ds, path, dropped):
    result = {}
    for key in ds.keys():
        json_key = "{:08X}".format(key)
        where = path + json_key
        try:
            elem = ds[key]
            if elem.VR == "SQ":
                result[json_key] = {
                    "vr": "SQ",
                    "Value": [to_json(item, f"{where}/Value[{i}]/", dropped) for i, item in enumerate(elem.value)],
                }
            else:
                result[json_key] = elem.to_json_dict(None, 1024)
        except Exception as exc:
            dropped[where] = f"{type(exc).__name__}: {exc}"
    return result


def main(paths):
    warnings.simplefilter("ignore")
    for path in paths:
        try:
            ds = pydicom.dcmread(path, force=True)
            dropped = {}
            result = {"file": path, "json": finite(to_json(ds, "", dropped)), "dropped": dropped}
        except Exception as exc:  # the reference failing is a result too
            result = {"file": path, "error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(result, allow_nan=False) + "\n")


def list_test_files():
    root = os.path.dirname(pydicom.__file__) + "/data"
    skip = (".py", ".pyc", ".json", ".txt", ".md", ".dump", ".gz", ".bz2", ".rst")
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(skip) and name != "README" and "__pycache__" not in folder:
                print(os.path.join(folder, name))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--list-test-files":
        list_test_files()
    else:
        main(sys.argv[1:])
