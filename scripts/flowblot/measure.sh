#!/usr/bin/env bash
# Measures the flow engine on the public FlowBlot.NET taint benchmark (CodeThreat/FlowBlot.NET, GPL).
# The benchmark is read from a checkout outside this repository and never copied into it.
#
#   scripts/flowblot/measure.sh [path-to-FlowBlot.NET-checkout]
#
# Framework.Source() is declared a phone-number source and Framework.Sink(string) an advertising sink
# behind a promise, by annotating a temporary copy of Framework.cs; the copy is built with the analyzer
# from this repository and the SARIF log is scored against the benchmark's FLOW markers.
set -euo pipefail
repo_root=$(cd "$(dirname "$0")/../.." && pwd)
checkout=${1:-}
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
if [ -z "$checkout" ]; then
  git clone -q --depth 1 https://github.com/CodeThreat/FlowBlot.NET "$work/FlowBlot.NET"
  checkout="$work/FlowBlot.NET"
fi

project="$work/project"
mkdir -p "$project"
cp -r "$checkout/src/Flows" "$checkout/src/Model" "$checkout/src/Program.cs" "$project/"
python3 "$repo_root/scripts/flowblot/annotate.py" "$project/Model/Framework.cs"
cat > "$project/FlowBlot.Measure.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0168;CS0219;CS0162;CS0649;CS0414;CS8321;CS0169;CS1998</NoWarn>
    <ErrorLog>$work/flowblot.sarif,version=2.1</ErrorLog>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo_root/src/PrivacyAnalyzers/PrivacyAnalyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo_root/src/PrivacyAnalyzers.Annotations/PrivacyAnalyzers.Annotations.csproj" />
  </ItemGroup>
</Project>
XML
# The flows are the measurement; PRIV001 is an error, so the build is expected to fail.
dotnet build "$project/FlowBlot.Measure.csproj" -nologo -v:q > "$work/build.log" 2>&1 || true
if [ ! -s "$work/flowblot.sarif" ]; then
  cat "$work/build.log"
  echo "no SARIF log was written" >&2
  exit 1
fi
python3 "$repo_root/scripts/flowblot/score.py" "$project" "$work/flowblot.sarif"
