#!/usr/bin/env python3
"""Writes a synthetic Toride model with N assets for benchmarks: zones in a chain, assets spread over them,
a data flow from every asset to its neighbour, a few services, suppliers and controls.

Usage: releng/scripts/generate-model.py N OUT.toride [ZONES]   (ZONES: N / 50 by default, at least 4; the file is
then in Toride's canonical form after `./toride format OUT.toride`; the benchmark does not need that)."""
import sys
from xml.sax.saxutils import quoteattr as q

n = int(sys.argv[1])
out = sys.argv[2]
zones = int(sys.argv[3]) if len(sys.argv) > 3 else max(4, n // 50)
kinds = ["InformationSystem", "ControlSystem", "Device"]
sub = {"InformationSystem": "SERVER", "ControlSystem": "PLC", "Device": "SWITCH"}
lines = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<toride:SecurityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:toride="http://www.toride.org/model/1.0" '
         f'id="model-bench" name="Benchmark {n}">',
         '  <operator id="op-bench" name="Bench operator" sector="WATER"/>']
for s in range(3):
    members = " ".join(f"a-{i}" for i in range(s, n, 7))
    lines.append(f'  <services id="svc-{s}" name="Service {s}" supportingAssets="{members}"/>')
for i in range(n):
    kind = kinds[i % 3]
    source = ' inHouse="true"' if i % 4 else ' provider="sup-0"'
    lines.append(f'  <assets xsi:type="toride:{kind}" id="a-{i}" name={q("Asset " + str(i))} kind="{sub[kind]}" '
                 f'zone="z-{i % zones}" manager="role-ops" confidentiality="MEDIUM" integrity="HIGH" availability="HIGH"'
                 f'{source}/>')
for z in range(zones):
    trust = ' trust="UNTRUSTED"' if z == 0 else ''
    kind = "INTERNET" if z == 0 else ("CONTROL" if z % 3 == 0 else "CORPORATE")
    lines.append(f'  <zones id="z-{z}" name="Zone {z}" kind="{kind}"{trust} targetSecurityLevel="2"/>')
for z in range(zones - 1):
    lines.append(f'  <conduits id="c-{z}" name="Conduit {z}" from="z-{z}" to="z-{z + 1}" medium="LAN" '
                 f'filtered="{str(z % 2 == 0).lower()}" monitored="true"/>')
for i in range(n - 1):
    lines.append(f'  <flows id="f-{i}" name="Flow {i}" source="a-{i}" target="a-{i + 1}" channel="API" protocol="HTTPS" '
                 f'encrypted="{str(i % 5 != 0).lower()}" authenticated="true"/>')
lines.append('  <suppliers id="sup-0" name="Vendor" kind="VENDOR" lastReview="2025-01-01"/>')
lines.append('  <roles id="role-ops" name="Operations" kind="SYSTEM_OPERATOR"/>')
lines.append('</toride:SecurityModel>')
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
