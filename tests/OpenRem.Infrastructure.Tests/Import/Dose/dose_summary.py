#!/usr/bin/python3
"""Independent reader of the accumulated dose summary of radiation dose structured reports, with pydicom.

Usage: dose_summary.py FILE...   Prints one JSON object: file name -> summary (or null when the file is not an
X-ray dose report, or {"error": "..."} when pydicom cannot read it). Numbers are JSON strings holding exact decimals.

The rules (the same as the application's reader, written again here from the standard, PS3.16):
* A dose report is an X-Ray Radiation Dose SR (1.2.840.10008.5.1.4.1.1.88.67) or Enhanced X-Ray Radiation Dose SR
  (...88.76); or any other SR class except the Radiopharmaceutical Radiation Dose SR (...88.68), or no SOP class,
  whose root title is (113701, DCM) "X-Ray Radiation Dose Report" or a radiation summary report (code meaning
  "Radiation Summary Report", or (C-10, 99SMS_RADSUM)).
* CT (TID 10011): root child container (113811) CT Accumulated Dose Data holds (113813) CT Dose Length Product Total
  and (113812) Total Number of Irradiation Events; every root child container (113819) CT Acquisition is one event:
  (113769) Irradiation Event UID, (125203) Acquisition Protocol, and its (113829) CT Dose container's (113830)
  Mean CTDIvol and (113838) DLP.
* Projection X-ray (TID 10001/10002/10004/10005/10007): every root child container (113702) Accumulated X-Ray Dose
  Data is one plane: modifier (113764) Acquisition Plane, NUMs 113722, 113726, 113727, 113730, 113855, 113725 and
  (111637) Accumulated Average Glandular Dose with its Laterality ((G-C171, SRT) or (272741003, SCT)) child.
  IrradiationEventCount = the number of root child containers (113706) Irradiation Event X-Ray Data.
* Siemens radiation summary report (99SMS_RADSUM): root NUMs C-202 cumulative fluoro time, C-204 cumulative dose area
  product, C-210 cumulative air kerma make one plane without a name.
* Concept names match on code value and coding scheme designator; the first matching child is used.
* A number is the first value of Numeric Value (0040,A30A) when it is a plain decimal, else the first value of
  Floating Point Value (0040,A161) through its shortest round-trip text; it is converted by the code value of the
  first item of Measurement Units Code Sequence with the tables below; an unknown or missing unit gives null, and so
  does a number or a sum beyond the range of a .NET decimal.
* Texts (titles, code meanings, protocols, UIDs) are decoded with the root's Specific Character Set and trimmed of
  spaces, NULs, tabs and line ends; an empty text is null.
"""
import json
import re
import sys
from decimal import Decimal

import pydicom
from pydicom.charset import TEXT_VR_DELIMS, convert_encodings, decode_bytes
from pydicom.dataelem import RawDataElement

X_RAY_RDSR = "1.2.840.10008.5.1.4.1.1.88.67"
ENHANCED_X_RAY_RDSR = "1.2.840.10008.5.1.4.1.1.88.76"
RADIOPHARMACEUTICAL_RDSR = "1.2.840.10008.5.1.4.1.1.88.68"
SR_PREFIX = "1.2.840.10008.5.1.4.1.1.88."

# Factors to the target unit of each quantity.
DOSE_TO_GY = {"Gy": "1", "dGy": "0.1", "cGy": "0.01", "mGy": "0.001", "uGy": "0.000001"}
DOSE_TO_MGY = {"Gy": "1000", "dGy": "100", "cGy": "10", "mGy": "1", "uGy": "0.001"}
DAP_TO_GYM2 = {
    "Gy.m2": "1", "Gym2": "1", "dGy.m2": "0.1", "mGy.m2": "0.001", "uGy.m2": "0.000001",
    "Gy.cm2": "0.0001", "Gy.cm^2": "0.0001", "dGy.cm2": "0.00001", "cGy.cm2": "0.000001",
    "mGy.cm2": "0.0000001", "uGy.cm2": "0.0000000001",
}
DLP_TO_MGYCM = {
    "mGy.cm": "1", "mGycm": "1", "Gy.cm": "1000", "dGy.cm": "100", "cGy.cm": "10", "uGy.cm": "0.001",
    "mGy.mm": "0.1", "Gy.m": "100000", "mGy.m": "100",
}
TIME_TO_S = {"s": "1", "ms": "0.001", "us": "0.000001", "min": "60", "h": "3600"}

DECIMAL_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
DECIMAL_MAX = Decimal(2) ** 96 - 1
TRIMMED = " \0\t\r\n"

DCM = "DCM"


def children(item):
    sequence = item.get("ContentSequence")
    return list(sequence) if sequence is not None else []


class Reader:
    def __init__(self, dataset):
        self.encodings = convert_encodings(dataset.get("SpecificCharacterSet", "ISO_IR 6") or "ISO_IR 6")

    def text(self, item, tag):
        """The text of an element, decoded with the root's character set, trimmed; None when absent or empty."""
        element = item.get_item(tag) if tag in item else None
        if element is None:
            return None
        value = element.value
        if isinstance(element, RawDataElement) or isinstance(value, bytes):
            value = decode_bytes(value or b"", self.encodings, TEXT_VR_DELIMS) if value else ""
        elif isinstance(value, (list, pydicom.multival.MultiValue)):
            value = "\\".join(str(v) for v in value)
        value = "" if value is None else str(value)
        value = value.strip(TRIMMED)
        return value or None

    def code(self, item, sequence_keyword):
        """(value, scheme, meaning) of the first item of a code sequence, or None."""
        sequence = item.get(sequence_keyword)
        if not sequence:
            return None
        code = sequence[0]
        return (
            self.text(code, 0x00080100) or "",
            self.text(code, 0x00080102) or "",
            self.text(code, 0x00080104),
        )

    def concept(self, item):
        return self.code(item, "ConceptNameCodeSequence")

    def named(self, item, value, scheme=DCM):
        found = []
        for child in children(item):
            concept = self.concept(child)
            if concept is not None and concept[0] == value and concept[1].upper() == scheme.upper():
                found.append(child)
        return found

    def first(self, item, value, scheme=DCM):
        found = self.named(item, value, scheme)
        return found[0] if found else None

    def number(self, item, table):
        """The converted number of a NUM content item, as a Decimal, or None."""
        if item is None:
            return None
        sequence = item.get("MeasuredValueSequence")
        if not sequence:
            return None
        measured = sequence[0]
        number = self.parse(measured)
        if number is None:
            return None
        unit = self.code(measured, "MeasurementUnitsCodeSequence")
        if unit is None or unit[0] not in table:
            return None
        return fitting(number * Decimal(table[unit[0]]))

    def parse(self, measured):
        raw = measured.get_item(0x0040A30A) if 0x0040A30A in measured else None
        if raw is not None:
            value = raw.value
            text = value.decode("ascii", "replace") if isinstance(value, bytes) else (
                getattr(value, "original_string", None) if not isinstance(value, (list, pydicom.multival.MultiValue))
                else None)
            if isinstance(value, (list, pydicom.multival.MultiValue)):
                text = "\\".join(getattr(v, "original_string", str(v)) for v in value)
            if text is None and value is not None and not isinstance(value, bytes):
                text = str(value)
            if text:
                first = text.split("\\")[0].strip(" \0")
                if DECIMAL_TEXT.fullmatch(first):
                    number = Decimal(first)
                    if abs(number) <= DECIMAL_MAX:
                        return number
        if 0x0040A161 in measured:
            values = measured.FloatingPointValue
            if isinstance(values, (list, pydicom.multival.MultiValue)):
                values = values[0] if len(values) > 0 else None
            if isinstance(values, float) and values == values and abs(values) != float("inf"):
                number = Decimal(repr(values))
                if abs(number) <= DECIMAL_MAX:
                    return number
        return None

    def count(self, item):
        """A non-negative whole number of a NUM content item (units not checked), or None."""
        if item is None:
            return None
        sequence = item.get("MeasuredValueSequence")
        if not sequence:
            return None
        number = self.parse(sequence[0])
        if number is None or number != number.to_integral_value() or number < 0 or number > 2147483647:
            return None
        return int(number)


def is_radiation_summary(title):
    return title is not None and (
        (title[0] == "C-10" and title[1].upper() == "99SMS_RADSUM")
        or (title[2] or "").casefold() == "radiation summary report")


def is_dose_report(reader, dataset):
    sop_class = reader.text(dataset, 0x00080016)
    if sop_class in (X_RAY_RDSR, ENHANCED_X_RAY_RDSR):
        return True
    if sop_class is not None and (sop_class == RADIOPHARMACEUTICAL_RDSR or not sop_class.startswith(SR_PREFIX)):
        return False
    title = reader.concept(dataset)
    return title is not None and ((title[0] == "113701" and title[1].upper() == DCM) or is_radiation_summary(title))


def decimal_text(value):
    return None if value is None else str(value)


def fitting(value):
    """The value, or None when it is beyond what a .NET decimal holds (the application gives null then)."""
    return value if abs(value) <= DECIMAL_MAX else None


def total(values):
    present = [v for v in values if v is not None]
    return fitting(sum(present, Decimal(0))) if present else None


def read_ct(reader, root):
    accumulated = reader.first(root, "113811")
    acquisitions = reader.named(root, "113819")
    if accumulated is None and not acquisitions:
        return None
    total_dlp = reader.number(reader.first(accumulated, "113813"), DLP_TO_MGYCM) if accumulated is not None else None
    count = reader.count(reader.first(accumulated, "113812")) if accumulated is not None else None
    if count is None:
        count = len(acquisitions)
    events = []
    for acquisition in acquisitions:
        uid_item = reader.first(acquisition, "113769")
        protocol_item = reader.first(acquisition, "125203")
        dose = reader.first(acquisition, "113829")
        events.append({
            "irradiationEventUid": reader.text(uid_item, 0x0040A124) if uid_item is not None else None,
            "acquisitionProtocol": reader.text(protocol_item, 0x0040A160) if protocol_item is not None else None,
            "ctdiVol": decimal_text(reader.number(reader.first(dose, "113830"), DOSE_TO_MGY) if dose is not None else None),
            "dlp": decimal_text(reader.number(reader.first(dose, "113838"), DLP_TO_MGYCM) if dose is not None else None),
        })
    return {"totalDlp": decimal_text(total_dlp), "irradiationEventCount": count, "events": events}


def read_plane(reader, container):
    plane_item = reader.first(container, "113764")
    plane_code = reader.code(plane_item, "ConceptCodeSequence") if plane_item is not None else None
    return {
        "plane": plane_code[2] if plane_code is not None else None,
        "totalDap": reader.number(reader.first(container, "113722"), DAP_TO_GYM2),
        "fluoroDap": reader.number(reader.first(container, "113726"), DAP_TO_GYM2),
        "acquisitionDap": reader.number(reader.first(container, "113727"), DAP_TO_GYM2),
        "totalFluoroTime": reader.number(reader.first(container, "113730"), TIME_TO_S),
        "totalAcquisitionTime": reader.number(reader.first(container, "113855"), TIME_TO_S),
        "referencePointDose": reader.number(reader.first(container, "113725"), DOSE_TO_GY),
    }


def read_glandular_doses(reader, container):
    doses = []
    for item in reader.named(container, "111637"):
        laterality = reader.first(item, "G-C171", "SRT") or reader.first(item, "272741003", "SCT")
        code = reader.code(laterality, "ConceptCodeSequence") if laterality is not None else None
        doses.append({
            "laterality": code[2] if code is not None else None,
            "averageGlandularDose": decimal_text(reader.number(item, DOSE_TO_MGY)),
        })
    return doses


def read_siemens_summary(reader, root):
    scheme = "99SMS_RADSUM"
    items = [reader.first(root, code, scheme) for code in ("C-202", "C-204", "C-210")]
    if all(item is None for item in items):
        return None
    return {
        "plane": None,
        "totalDap": reader.number(items[1], DAP_TO_GYM2),
        "fluoroDap": None,
        "acquisitionDap": None,
        "totalFluoroTime": reader.number(items[0], TIME_TO_S),
        "totalAcquisitionTime": None,
        "referencePointDose": reader.number(items[2], DOSE_TO_GY),
    }


def read_projection(reader, root):
    containers = reader.named(root, "113702")
    events = reader.named(root, "113706")
    planes = [read_plane(reader, container) for container in containers]
    glandular = [dose for container in containers for dose in read_glandular_doses(reader, container)]
    event_count = len(events)
    siemens = read_siemens_summary(reader, root)
    if siemens is not None:
        planes.append(siemens)
        if not events:
            event_count = None
    if not planes and not events:
        return None
    return {
        "planes": [{key: (decimal_text(value) if key != "plane" else value) for key, value in plane.items()} for plane in planes],
        "totalDap": decimal_text(total(p["totalDap"] for p in planes)),
        "totalFluoroTime": decimal_text(total(p["totalFluoroTime"] for p in planes)),
        "referencePointDose": decimal_text(total(p["referencePointDose"] for p in planes)),
        "irradiationEventCount": event_count,
        "accumulatedAverageGlandularDoses": glandular,
    }


def read(path):
    dataset = pydicom.dcmread(path, stop_before_pixels=True)
    reader = Reader(dataset)
    if not is_dose_report(reader, dataset):
        return None
    title = reader.concept(dataset)
    return {
        "reportTitle": title[2] if title is not None else None,
        "ct": read_ct(reader, dataset),
        "projectionXRay": read_projection(reader, dataset),
    }


def main(paths):
    result = {}
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        try:
            result[name] = read(path)
        except Exception as error:  # a file pydicom cannot read is reported, not fatal
            result[name] = {"error": f"{type(error).__name__}: {error}"}
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
