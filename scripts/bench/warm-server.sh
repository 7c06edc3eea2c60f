#!/usr/bin/env bash
# Times csc builds the way `dotnet build` runs them: in the compiler server (VBCSCompiler), which stays up between
# builds, so the runtime's JIT and the loaded analyzers are paid once, not on every build. Same input as alternate.sh:
#   scripts/bench/warm-server.sh DIR ROUNDS NAME [NAME...]   (NAME.rsp in DIR, as written by the benchmark's --dump mode)
# One server for the whole run; each NAME is built once first to warm it (not counted), then the rounds alternate.
# A build's CPU is the server's user + system time across that build (/proc/PID/stat), plus the client's.
set -euo pipefail
dir=$1; rounds=$2; shift 2
source "$(dirname "$0")/common.sh"
pipe="privacy-bench-$$"
log=$(mktemp)
tick=$(getconf CLK_TCK)

"$dotnet" exec "$bincore/VBCSCompiler.dll" "-pipename:$pipe" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; rm -f "$log" "$log.one" "$log.out"' EXIT
sleep 2

server_cpu() { awk -v t="$tick" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$server/stat"; }

build() { # NAME COUNT: one build through the server; prints a line when COUNT is 1
  local name=$1 count=$2 before after
  before=$(server_cpu)
  /usr/bin/time -f "%U %S %e" -o "$log.one" "$dotnet" exec "$bincore/csc.dll" "-shared:$pipe" "@$dir/$name.rsp" > "$log.out" 2>&1 || true
  after=$(server_cpu)
  check_output "$name" "$log.out"
  if ! kill -0 $server 2> /dev/null; then echo "the compiler server exited"; exit 1; fi
  if [[ $count == 1 ]]; then
    tail -1 "$log.one" | awk -v n="$name" -v b="$before" -v a="$after" '{ printf "%s %.2f %.2f\n", n, a - b + $1 + $2, $3 }' | tee -a "$log"
  fi
}

for name in "$@"; do build "$name" 0; done
for ((i = 1; i <= rounds; i++)); do
  for name in "$@"; do build "$name" 1; done
done
echo "median CPU (server + client):"
print_medians "$log" "$@"
