#!/usr/bin/env python3
"""Rewrites the NL fragments' *_ja.properties so that they are pure ASCII, Japanese as \\uXXXX escapes.

Eclipse NLS (messages_ja.properties) reads properties as ISO-8859-1 while Equinox bundle localisation
(plugin_ja.properties) reads UTF-8; escaped ASCII reads the same in both. Write new strings in UTF-8, then run
    releng/scripts/nl-escape.py            (all bundles/org.toride.nl.*/**/*_ja.properties)
    releng/scripts/nl-escape.py FILE...
Idempotent: files already escaped stay as they are.
"""
import pathlib, sys

root = pathlib.Path(__file__).resolve().parents[2]
files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(root.glob("bundles/org.toride.nl.*/**/*_ja.properties"))
for f in files:
    if "target" in f.parts:
        continue
    text = f.read_bytes().decode("utf-8")
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    if escaped != text:
        f.write_bytes(escaped.encode("ascii"))
        print("escaped", f.relative_to(root) if f.is_absolute() else f)
