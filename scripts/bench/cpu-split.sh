#!/usr/bin/env bash
# Where a csc build's CPU goes, by thread kind, from a sampled `perf` profile of the whole process (native threads
# included, which EventPipe traces do not see): the compiler's and analyzers' worker threads, the tiered JIT's
# background thread, and the server GC's threads.
#   scripts/bench/cpu-split.sh DIR NAME [NAME...]   (NAME.rsp in DIR, as written by the benchmark's --dump mode)
# Needs perf (software clock events are enough). Prints CPU seconds per thread kind for each build.
set -euo pipefail
dir=$1; shift
source "$(dirname "$0")/common.sh"
csc=$bincore/csc.dll
hz=250
data=$(mktemp)
for name in "$@"; do
  perf record -q -e cpu-clock -F $hz -o "$data" -- "$dotnet" exec "$csc" "@$dir/$name.rsp" > /dev/null 2>&1 || true
  perf report -i "$data" --no-children --sort comm --stdio -g none -F sample,comm 2>/dev/null \
    | awk -v name="$name" -v hz=$hz '
        /^#/ || NF < 2 { next }
        { n = $1; $1 = ""; comm = substr($0, 2)
          kind = comm ~ /GC|BGC/ ? "gc" : comm ~ /Tiered/ ? "jit" : comm ~ /TP Worker|^dotnet/ ? "workers" : "other"
          s[kind] += n / hz; total += n / hz }
        END { printf "%-10s total %6.1f s  workers %6.1f  jit %5.1f  gc %5.1f  other %4.1f\n", name, total, s["workers"], s["jit"], s["gc"], s["other"] }'
done
rm -f "$data"
