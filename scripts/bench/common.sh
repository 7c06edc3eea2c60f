# Shared by the timing scripts here (sourced, not run).

# The newest SDK's Roslyn folder (csc.dll, VBCSCompiler.dll) beside the dotnet on PATH.
dotnet=$(command -v dotnet)
bincore=$(ls -d "$(dirname "$(readlink -f "$dotnet")")"/sdk/*/Roslyn/bincore | sort -V | tail -1)

# Says so when a build's output (file $2) has a compiler error or an analyzer exception.
check_output() { # NAME FILE
  if grep -q "error CS\|AD0001" "$2"; then echo "$1: compiler error or AD0001:"; grep -m3 "error CS\|AD0001" "$2"; fi
}

# The median CPU of each name, from a log of "name cpu ..." lines.
print_medians() { # LOG NAME...
  local log=$1 name; shift
  for name in "$@"; do
    grep "^$name " "$log" | awk '{ print $2 }' | sort -n | awk -v n="$name" '{ a[NR] = $1 } END { printf "  %-10s %.2f s (%d builds)\n", n, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), NR }'
  done
}
