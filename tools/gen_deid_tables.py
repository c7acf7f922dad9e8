#!/usr/bin/env python3
"""Generates Veil's de-identification tables from the DICOM standard.

Inputs (read here, never at run time):
  ../shared/standard/confidentiality_profile_attributes.json  PS3.15 Table E.1-1 (edition 2024b)
  ../shared/standard/sops.json, ciod_to_modules.json         SOP class -> IOD -> modules
  /usr/share/gdcm-3.0/XML/Part3.xml (libgdcm-tools)           module attribute types (GDCM's PS3.3, 2008)

Outputs:
  engine/deid/generated/ProfileTable.inc  one row per Table E.1-1 attribute
  engine/deid/generated/IodTypes.inc      for the attributes whose action depends on the
                                          IOD (X/Z, X/D, X/Z/D, Z/D, X/Z/U*): their type in each
                                          storage SOP class's IOD

Run: tools/gen_deid_tables.py [--standard DIR] [--part3 FILE]
"""
import argparse
import json
import os
import re
import xml.etree.ElementTree as ET

EDITION = "2024b"
OPTIONS = ["rtnSafePrivOpt", "rtnUIDsOpt", "rtnDevIdOpt", "rtnInstIdOpt", "rtnPatCharsOpt",
           "rtnLongFullDatesOpt", "rtnLongModifDatesOpt", "cleanDescOpt", "cleanStructContOpt", "cleanGraphOpt"]
ACTIONS = {"X": "X", "Z": "Z", "D": "D", "K": "K", "C": "C", "U": "U",
           "X/Z": "XZ", "X/D": "XD", "X/Z/D": "XZD", "Z/D": "ZD", "X/Z/U*": "XZU"}
TYPE_RANK = {"1": 1, "1C": 2, "2": 3, "2C": 4, "3": 5}


def parse_tag(text):
    """'(0010,0010)' -> (tag, mask); 'xx' digits become wildcards."""
    m = re.fullmatch(r"\(([0-9A-FX]{4}),([0-9A-FX]{4})\)", text.upper())
    if not m:
        return None
    digits = m.group(1) + m.group(2)
    tag = int(digits.replace("X", "0"), 16)
    mask = int("".join("0" if c == "X" else "F" for c in digits), 16)
    return tag, mask


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def profile_rows(standard):
    rows = json.load(open(os.path.join(standard, "confidentiality_profile_attributes.json")))
    out, private = [], None
    for r in rows:
        parsed = parse_tag(r["tag"])
        if parsed is None:
            private = r  # '(GGGG,EEEE) WHERE GGGG IS ODD': handled in code
            continue
        opts = "".join((r.get(o) or "-") for o in OPTIONS)
        name = " ".join(r["name"].split())  # some names carry line breaks and note references
        out.append((parsed[0], parsed[1], name, ACTIONS[r["basicProfile"]], opts, r["basicProfile"]))
    out.sort()
    return out, private, len(rows)


def norm(name):
    name = re.sub(r"\s+(Module|Macro)( Attributes)?$", "", name.strip())
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def module_types(part3):
    """module id -> {tag: type} for top-level attributes (one level of macro includes resolved)."""
    root = ET.parse(part3).getroot()
    macros = {}
    for macro in root.iter("macro"):
        macros[macro.get("table")] = macro
    def entries(node, depth=0):
        for child in node:
            if child.tag == "entry":
                name = child.get("name", "")
                if name.startswith(">") or not child.get("group"):
                    continue
                try:
                    yield int(child.get("group") + child.get("element"), 16), child.get("type", "3")
                except ValueError:
                    continue
            elif child.tag == "include" and depth < 2:
                ref = child.get("ref", "")
                if ref.startswith(">"):
                    continue
                m = re.search(r"Table ([A-Z0-9.\-]+)", ref)
                if m and m.group(1) in macros:
                    yield from entries(macros[m.group(1)], depth + 1)
    out = {}
    for module in root.iter("module"):
        types = out.setdefault(norm(module.get("name", "")), {})
        for tag, typ in entries(module):
            if tag not in types or TYPE_RANK.get(typ, 5) < TYPE_RANK.get(types[tag], 5):
                types[tag] = typ
    return out


def iod_types(standard, part3, combined_tags):
    sops = json.load(open(os.path.join(standard, "sops.json")))
    ciods = json.load(open(os.path.join(standard, "ciods.json")))
    ciod_ids = {c["name"]: c["id"] for c in ciods}
    modules_of = {}
    for r in json.load(open(os.path.join(standard, "ciod_to_modules.json"))):
        modules_of.setdefault(r["ciodId"], []).append(r["moduleId"])
    mtypes = module_types(part3)
    out = []
    for sop in sops:
        ciod = ciod_ids.get(sop["ciod"])
        if not ciod:
            continue
        known = [m for m in modules_of.get(ciod, []) if m in mtypes]
        if not known:
            continue
        types = {}
        for m in known:
            for tag in combined_tags:
                t = mtypes[m].get(tag)
                if t and (tag not in types or TYPE_RANK[t] < TYPE_RANK[types[tag]]):
                    types[tag] = t
        out.append((sop["id"], sop["name"], sorted(types.items())))
    return sorted(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--standard", default=os.path.join(here, "..", "..", "shared", "standard"))
    ap.add_argument("--part3", default="/usr/share/gdcm-3.0/XML/Part3.xml")
    ap.add_argument("--out", default=os.path.join(here, "..", "engine", "deid", "generated"))
    args = ap.parse_args()

    rows, private, total = profile_rows(args.standard)
    combined = [r[0] for r in rows if r[5] in ("X/Z", "X/D", "X/Z/D", "Z/D", "X/Z/U*")]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "ProfileTable.inc"), "w") as f:
        f.write("// Generated by tools/gen_deid_tables.py from DICOM PS3.15 %s Table E.1-1. Do not edit.\n" % EDITION)
        f.write("// %d rows in the table; the private-attribute row is handled in code.\n" % total)
        f.write("// Option columns, in order: %s\n" % ", ".join(OPTIONS))
        f.write("#define VEIL_PROFILE_EDITION %s\n" % c_string(EDITION))
        f.write("#define VEIL_PROFILE_TABLE_ROWS %d\n" % total)
        for tag, mask, name, action, opts, _ in rows:
            f.write("    {0x%08X, 0x%08X, %s, Basic::%s, %s},\n" % (tag, mask, c_string(name), action, c_string(opts)))
    sops = iod_types(args.standard, args.part3, combined)
    with open(os.path.join(args.out, "IodTypes.inc"), "w") as f:
        f.write("// Generated by tools/gen_deid_tables.py: module attribute types from GDCM's Part3.xml,\n")
        f.write("// modules per IOD from the %s tables. Only attributes with a combined action code.\n" % EDITION)
        f.write("// Do not edit.\n")
        for uid, name, types in sops:
            entries = ", ".join("{0x%08X, %s}" % (t, c_string(ty)) for t, ty in types)
            f.write("    {%s, {%s}}, // %s\n" % (c_string(uid), entries, name))
    print("rows: %d (+1 private), SOP classes with IOD types: %d" % (len(rows), len(sops)))


if __name__ == "__main__":
    main()
