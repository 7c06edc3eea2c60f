#!/usr/bin/env bash
# Builds eShop's Ordering.API, Basket.API, WebApp and Webhooks.API with the PrivacyAnalyzers package packed
# from this repository, and prints every PRIV diagnostic (deduplicated) with counts by id.
#
#   scripts/eshop/setup.sh <clean-eShop-clone> <work-path>     # once: the buildable copy
#   scripts/eshop/measure.sh <work-path> [out-dir]              # out-dir keeps the SARIF logs, build logs and findings.tsv
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo_root=$(cd "$here/../.." && pwd)
work=$(cd "${1:?usage: measure.sh <work-path> [out-dir]}" && pwd)
out=${2:-$work/privacy-measure}
projects=(Ordering.API Basket.API WebApp Webhooks.API)
[ -f "$work/Directory.Packages.StandIns.props" ] || { echo "$work was not made by setup.sh" >&2; exit 1; }
rm -rf "$out"; mkdir -p "$out/feed"
out=$(cd "$out" && pwd)

# 1. Pack the package under a version never used before, so NuGet's global cache cannot serve an older build.
version="0.1.0-eshop.$(date -u +%Y%m%d%H%M%S)"
echo "packing PrivacyAnalyzers $version"
dotnet pack "$repo_root/src/PrivacyAnalyzers.Package" -c Release -o "$out/feed" -p:Version="$version" -nologo -v:q > "$out/pack.log" 2>&1 \
  || { cat "$out/pack.log"; exit 1; }

# 2. The work copy finds it in a local feed: a source, and a mapping that sends only PrivacyAnalyzers there.
cfg="$work/nuget.config"
sed -i '/privacy-local/d' "$cfg"
sed -i "s|\(<add key=\"nuget\" [^>]*/>\)|\1\n    <add key=\"privacy-local\" value=\"$out/feed\" />|" "$cfg"
sed -i "s|\(  </packageSourceMapping>\)|    <packageSource key=\"privacy-local\"><package pattern=\"PrivacyAnalyzers\" /></packageSource> <!-- privacy-local -->\n\1|" "$cfg"
grep -q 'key="privacy-local" value=' "$cfg" && grep -q 'packageSource key="privacy-local"' "$cfg"

# 3. Every eShop project under src/ references the package, as a team adds it to the whole solution: the four
#    services report, and the libraries they reference (EventBus, Ordering.Domain, ...) write their summary files
#    (PrivacySummary=true, as a solution sets it in its Directory.Build.props), which the services read. The stand-ins for packages (standins/) do not, as the real packages would not.
#    The rules file is marked shared (as a solution-wide PrivacyRules.txt is), so a line about another service's
#    type is silent instead of a PRIV010.
cat > "$work/PrivacyMeasure.targets" <<XML
<Project>
  <PropertyGroup>
    <_PrivacyMeasured Condition="\$(MSBuildProjectDirectory.Replace('\\', '/').Contains('/src/')) and '\$(MSBuildProjectName)' != 'eShop.AppHost'">true</_PrivacyMeasured>
  </PropertyGroup>
  <ItemGroup Condition="'\$(_PrivacyMeasured)' == 'true'">
    <PackageVersion Include="PrivacyAnalyzers" Version="$version" />
    <PackageReference Include="PrivacyAnalyzers" />
    <AdditionalFiles Update="\$(MSBuildProjectDirectory)/PrivacyRules.eShop.txt" PrivacyShared="true" />
  </ItemGroup>
</Project>
XML
grep -q 'PrivacyMeasure.targets' "$work/Directory.Build.targets" \
  || sed -i 's|^</Project>|  <Import Project="$(MSBuildThisFileDirectory)PrivacyMeasure.targets" />\n</Project>|' "$work/Directory.Build.targets"
grep -q 'PrivacyMeasure.targets' "$work/Directory.Build.targets"

# 4. Build: first with dependencies, then the project alone again so its compile (and the analyzer) surely runs.
#    Warnings stay warnings (eShop sets TreatWarningsAsErrors); PRIV001 is an error, so a build may fail.
for p in "${projects[@]}"; do
  proj="$work/src/$p/$p.csproj"
  echo "building $p"
  dotnet build "$proj" -nologo -v:q -p:TreatWarningsAsErrors=false -p:PrivacySummary=true > "$out/$p.deps.log" 2>&1 || true
  dotnet build "$proj" -nologo -v:q --no-restore --no-dependencies --no-incremental -p:TreatWarningsAsErrors=false \
    -p:ErrorLog="$out/$p.sarif%2Cversion=2.1" > "$out/$p.build.log" 2>&1 || true
  if [ ! -s "$out/$p.sarif" ]; then
    grep -E ' error ' "$out/$p.deps.log" "$out/$p.build.log" | sort -u | head -20
    echo "no SARIF log for $p" >&2; exit 1
  fi
  # A compile error other than PRIV001 means eShop did not build: the measurement would be incomplete.
  if grep -E ': error [A-Z]+[0-9]+' "$out/$p.build.log" | grep -vq ': error PRIV'; then
    grep -E ': error ' "$out/$p.build.log" | grep -v ': error PRIV' | sort -u | head -20
    echo "$p did not compile" >&2; exit 1
  fi
done

# 5. Every PRIV result of the four SARIF logs, deduplicated (a file compiled into two projects counts once).
python3 "$here/findings.py" "$work" "$out" "${projects[@]}"
