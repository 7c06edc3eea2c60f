#!/usr/bin/env bash
# Times csc builds written by the benchmark's --dump mode, alternating, so that every configuration sees the same load.
#   scripts/bench/alternate.sh DIR ROUNDS NAME [NAME...]   (NAME.rsp in DIR; e.g. compile floor alone)
# A NAME may carry environment for its build: floor:PRIVACY_FLOOR_GRAPHS=1 (the floor analyzer building graphs too).
# Prints one line per build (name, CPU s = user + system, wall s, peak MB) and the median CPU of each name.
set -euo pipefail
dir=$1; rounds=$2; shift 2
dotnet=$(command -v dotnet)
csc=$(ls -d "$(dirname "$(readlink -f "$dotnet")")"/sdk/*/Roslyn/bincore/csc.dll | sort -V | tail -1)
log=$(mktemp)
for ((i = 1; i <= rounds; i++)); do
  for name in "$@"; do
    rsp=${name%%:*}; vars=(); [[ $name == *:* ]] && vars=(${name#*:})
    env "${vars[@]}" /usr/bin/time -f "$name %U %S %e %M" -o "$log.one" "$dotnet" exec "$csc" "@$dir/$rsp.rsp" > "$log.out" 2>&1 || true
    if grep -q "error CS\|AD0001" "$log.out"; then echo "$name: compiler error or AD0001:"; grep -m3 "error CS\|AD0001" "$log.out"; fi
    tail -1 "$log.one" | awk '{ printf "%s %.2f %.2f %.0f\n", $1, $2 + $3, $4, $5 / 1024 }' | tee -a "$log"
  done
done
echo "median CPU:"
for name in "$@"; do
  grep "^$name " "$log" | awk '{ print $2 }' | sort -n | awk -v n="$name" '{ a[NR] = $1 } END { printf "  %-10s %.2f s (%d builds)\n", n, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), NR }'
done
rm -f "$log" "$log.one" "$log.out"
