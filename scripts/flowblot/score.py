"""Scores a SARIF log against FlowBlot's FLOW markers.

A marker (`/*FLOW:Flow_nnnnn - ...:benchmark:N:FIND_ISSUE|NONE:...*/`) stands before the statement it is
about. A FIND_ISSUE marker is detected when a PRIV001 has that statement's line as its primary location
or on its path (the diagnostic of a flow into a callee's sink sits in the callee, its path passes the call).
A trap raised when a PRIV001 does the same. Traps are the NONE markers and the markers whose description
calls the case a false positive ("FP taint propagation"): FlowBlot marks several of those FIND_ISSUE
although no data reaches the sink (an overwritten value, another field, a lambda that drops its input).
PRIV001s that touch no marker are listed too.

One marker says "FP" although the data does reach its sink; it is scored as the real flow it is (below).
"""
import json
import os
import re
import sys
import urllib.parse

project, sarif_path = sys.argv[1], sys.argv[2]

# Markers whose description says "FP taint propagation" while the program hands the source to the sink.
REAL_DESPITE_FP_WORDING = {
    # b.x = input; f.ReInitialize(b) makes f.Get() return b, so Sink(c.x) receives the source.
    "Flow_00057",
}
markers = []  # (flow, kind, file, line)
for root, _, files in os.walk(os.path.join(project, "Flows")):
    for name in files:
        if not name.endswith(".cs"):
            continue
        path = os.path.join(root, name)
        lines = open(path, encoding="utf-8-sig").read().split("\n")
        for i, line in enumerate(lines):
            m = re.search(r"FLOW:(Flow_\d+)(.*?)benchmark:\d+:([A-Z_]+):", line)
            if not m:
                continue
            j = i
            while "*/" not in lines[j]:
                j += 1
            k = j + 1
            while not lines[k].strip():
                k += 1
            fp_wording = " FP " in m.group(2) and m.group(1) not in REAL_DESPITE_FP_WORDING
            kind = "NONE" if m.group(3) == "NONE" or fp_wording else "FIND_ISSUE"
            markers.append((m.group(1), kind, os.path.realpath(path), k + 1, m.group(3)))

sarif = json.load(open(sarif_path, encoding="utf-8-sig"))
touched = []  # list of sets of (file, line) per PRIV001
for run in sarif["runs"]:
    for result in run.get("results", []):
        if result.get("level") == "error" and result.get("ruleId", "").startswith("CS"):
            sys.exit("the benchmark did not compile: " + result["message"]["text"])
        if result.get("ruleId") != "PRIV001":
            continue
        places = set()
        for loc in result.get("locations", []) + result.get("relatedLocations", []):
            physical = loc.get("physicalLocation", {})
            uri = physical.get("artifactLocation", {}).get("uri", "")
            line = physical.get("region", {}).get("startLine")
            if uri and line:
                path = urllib.parse.unquote(uri[len("file://"):] if uri.startswith("file://") else uri)
                places.add((os.path.realpath(path), line))
        touched.append(places)

def hit(marker):
    return any((marker[2], marker[3]) in places for places in touched)

real = [m for m in markers if m[1] == "FIND_ISSUE"]
traps = [m for m in markers if m[1] == "NONE"]
found = [m for m in real if hit(m)]
missed = [m for m in real if not hit(m)]
false_alarms = [m for m in traps if hit(m)]
marked = {(m[2], m[3]) for m in markers}
unmatched = [p for p in touched if not (p & marked)]

as_marked_real = [m for m in markers if m[4] == "FIND_ISSUE"]
as_marked_traps = [m for m in markers if m[4] == "NONE"]
print(f"as FlowBlot marks them: {sum(map(hit, as_marked_real))}/{len(as_marked_real)} FIND_ISSUE raised, "
      f"{sum(map(hit, as_marked_traps))}/{len(as_marked_traps)} NONE traps raised")
print(f"FlowBlot.NET: {len(found)}/{len(real)} real flows detected ({100.0 * len(found) / max(1, len(real)):.1f}%)")
print(f"traps raised: {len(false_alarms)}/{len(traps)}")
print(f"PRIV001 touching no marker: {len(unmatched)}")
for m in sorted(missed):
    print(f"  missed     {m[0]} ({os.path.relpath(m[2], project)}:{m[3]})")
for m in sorted(false_alarms):
    print(f"  false alarm {m[0]} ({os.path.relpath(m[2], project)}:{m[3]})")
