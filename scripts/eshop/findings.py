#!/usr/bin/env python3
"""Reads the SARIF logs measure.sh wrote and prints every PRIV diagnostic once, with counts by id.

usage: findings.py <work-path> <out-dir> <project>...

One line per distinct (id, file, line, column, message): the same finding from another target framework or from a
shared source file compiled into two projects is one finding. Also writes <out-dir>/findings.tsv
(id, level, file:line:column, message, project) for the triage.
"""
import collections
import json
import os
import sys
from urllib.parse import unquote, urlparse


def path_of(location, work):
    physical = location.get("physicalLocation", {})
    uri = physical.get("artifactLocation", {}).get("uri", "")
    path = unquote(urlparse(uri).path) if uri.startswith("file:") else uri
    region = physical.get("region", {})
    if path.startswith(work + "/"):
        path = path[len(work) + 1:]
    # The column tells apart two sink arguments on one line (`Log(..., request.GetGenericTypeName(), request)`).
    return f"{path}:{region.get('startLine', 0)}:{region.get('startColumn', 0)}" if path else ""


def main():
    work, out, projects = os.path.realpath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    seen = {}
    for project in projects:
        with open(os.path.join(out, f"{project}.sarif"), encoding="utf-8-sig") as f:
            log = json.load(f)
        for run in log.get("runs", []):
            for result in run.get("results", []):
                rule = result.get("ruleId", "")
                if not rule.startswith("PRIV") or result.get("suppressions"):
                    continue
                where = path_of(result["locations"][0], work) if result.get("locations") else ""
                message = result.get("message", {}).get("text", "")
                key = (rule, where, message)
                if key not in seen:
                    seen[key] = (rule, result.get("level", "warning"), where, message, project)

    findings = sorted(seen.values(), key=lambda f: (f[0], f[2]))
    with open(os.path.join(out, "findings.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tlevel\tlocation\tmessage\tproject\n")
        for finding in findings:
            f.write("\t".join(finding) + "\n")

    for rule, level, where, message, _ in findings:
        print(f"{rule}  {where}  {message}")
    print()
    counts = collections.Counter(f[0] for f in findings)
    for rule in sorted(counts):
        print(f"{rule}: {counts[rule]}")
    print(f"total: {len(findings)}")


if __name__ == "__main__":
    main()
