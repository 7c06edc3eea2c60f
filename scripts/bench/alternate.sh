#!/usr/bin/env bash
# Times csc builds written by the benchmark's --dump mode, alternating, so that every configuration sees the same load.
#   scripts/bench/alternate.sh DIR ROUNDS NAME [NAME...]   (NAME.rsp in DIR; e.g. compile floor alone)
# A NAME may carry environment for its build: floor:PRIVACY_FLOOR_GRAPHS=1 (the floor analyzer building graphs too).
# Prints one line per build (name, CPU s = user + system, wall s, peak MB), the median CPU of each name, and the median
# of each later name's round-by-round ratio to the first name (put the plain compile first).
set -euo pipefail
dir=$1; rounds=$2; shift 2
source "$(dirname "$0")/common.sh"
csc=$bincore/csc.dll
log=$(mktemp)
for ((i = 1; i <= rounds; i++)); do
  for name in "$@"; do
    rsp=${name%%:*}; vars=(); [[ $name == *:* ]] && vars=(${name#*:})
    env "${vars[@]}" /usr/bin/time -f "$name %U %S %e %M" -o "$log.one" "$dotnet" exec "$csc" "@$dir/$rsp.rsp" > "$log.out" 2>&1 || true
    check_output "$name" "$log.out"
    tail -1 "$log.one" | awk '{ printf "%s %.2f %.2f %.0f\n", $1, $2 + $3, $4, $5 / 1024 }' | tee -a "$log"
  done
done
echo "median CPU:"
print_medians "$log" "$@"
rm -f "$log" "$log.one" "$log.out"
