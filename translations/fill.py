#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
"""Fills translations into a .ts file from a Python dictionary file (a maintainer's helper).

Usage: translations/fill.py DICTIONARY.py
The dictionary file defines KO = {source: korean} and EN_PLURALS = {source: [one, many]}.
Messages that already have a finished translation are left alone.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent
names = {}
exec(Path(sys.argv[1]).read_text(encoding="utf-8"), names)


def fill(ts_path, lookup):
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished",):
            continue
        value = lookup(source)
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


missing = fill(here / "podnet-wizard_ko.ts", names["KO"].get)
missing += fill(here / "podnet-wizard_en.ts", names["EN_PLURALS"].get)
for source in missing:
    print("no translation:", repr(source))
sys.exit(1 if missing else 0)
