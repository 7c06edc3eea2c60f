# Shared by the timing scripts here (sourced, not run).

# The newest SDK's Roslyn folder (csc.dll, VBCSCompiler.dll) beside the dotnet on PATH.
dotnet=$(command -v dotnet)
bincore=$(ls -d "$(dirname "$(readlink -f "$dotnet")")"/sdk/*/Roslyn/bincore | sort -V | tail -1)

# Says so when a build's output (file $2) has a compiler error or an analyzer exception.
check_output() { # NAME FILE
  if grep -q "error CS\|AD0001" "$2"; then echo "$1: compiler error or AD0001:"; grep -m3 "error CS\|AD0001" "$2"; fi
}

# The median CPU of each name, from a log of "name cpu ..." lines; for every name after the first, also the median of
# its round-by-round ratios to the first (round i of a name against round i of the first), which the load of the
# machine moves less than either median: builds of one round ran minutes apart, rounds an hour apart.
print_medians() { # LOG NAME...
  local log=$1 name first=$2; shift
  for name in "$@"; do
    grep "^$name " "$log" | awk '{ print $2 }' | sort -n | awk -v n="$name" '{ a[NR] = $1 } END { printf "  %-10s %.2f s (%d builds)\n", n, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), NR }'
  done
  for name in "${@:2}"; do
    paste <(grep "^$first " "$log" | awk '{ print $2 }') <(grep "^$name " "$log" | awk '{ print $2 }') \
      | awk '$1 > 0 && $2 != "" { print $2 / $1 }' | sort -n \
      | awk -v n="$name" -v f="$first" '{ a[NR] = $1; s = s sprintf(" %.2f", $1) } END { if (NR) printf "  %-10s %.2fx %s, median of %d rounds (sorted:%s)\n", n, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), f, NR, s }'
  done
}
