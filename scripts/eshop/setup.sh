#!/usr/bin/env bash
# Makes a buildable copy of dotnet/eShop (commit 5624ad5) on this machine: .NET SDK 10 only, and only
# the package versions the NuGet mirror serves. eShop's code is copied, never changed; only project
# files and package versions are edited, and stand-ins replace packages that are not served.
#
#   scripts/eshop/setup.sh <clean-eShop-clone> <work-path>
#
# <work-path> is deleted and made again. Then scripts/eshop/measure.sh <work-path> builds and measures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
clone=${1:?usage: setup.sh <clean-eShop-clone> <work-path>}
work=${2:?usage: setup.sh <clean-eShop-clone> <work-path>}
clone=$(cd "$clone" && pwd)
[ -f "$clone/src/Ordering.API/Ordering.API.csproj" ] || { echo "no eShop clone at $clone" >&2; exit 1; }

# The projects measured; each gets the rules file.
projects=(Ordering.API Basket.API WebApp Webhooks.API)

rm -rf "$work"
mkdir -p "$(dirname "$work")"
cp -a "$clone" "$work"
work=$(cd "$work" && pwd)
# Keep the copy's git metadata so `git -C <work-path> diff` shows every edit made below.
cd "$work"

# 1. Package versions: an override file imported at the end of Directory.Packages.props.
#    Properties are evaluated before items, so the version properties set here win everywhere.
#    Each pin is the served version nearest to eShop's own (grep /work/.library/env/packages/nuget.tsv).
cat > Directory.Packages.StandIns.props <<'XML'
<Project>
  <PropertyGroup>
    <!-- Aspire 13.1 is not served; 13.6.5 is. Only the client integrations are built here. -->
    <AspireVersion>13.6.5</AspireVersion>
    <MicrosoftExtensionsVersion>10.11.0</MicrosoftExtensionsVersion>
    <ApiVersioningVersion>8.1.1</ApiVersioningVersion>
    <!-- Package warnings (NU1603: a near version was taken) must not fail the build; eShop sets warnings as errors. -->
    <WarningsNotAsErrors>$(WarningsNotAsErrors);NU1603;NU1608;NU1605</WarningsNotAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageVersion Update="Microsoft.AspNetCore.Authentication.JwtBearer" Version="10.0.8" />
    <PackageVersion Update="Microsoft.AspNetCore.Authentication.OpenIdConnect" Version="10.0.8" />
    <PackageVersion Update="Microsoft.AspNetCore.OpenApi" Version="10.0.9" />
    <PackageVersion Update="Microsoft.OpenApi" Version="2.3.0" />
    <PackageVersion Update="Microsoft.Extensions.Http.Resilience" Version="10.5.0" />
    <PackageVersion Update="Scalar.AspNetCore" Version="2.18.0" />
    <PackageVersion Update="Google.Protobuf" Version="3.35.0" />
    <PackageVersion Update="OpenTelemetry.Exporter.OpenTelemetryProtocol" Version="1.21.0" />
    <PackageVersion Update="OpenTelemetry.Extensions.Hosting" Version="1.21.0" />
    <PackageVersion Update="OpenTelemetry.Instrumentation.AspNetCore" Version="1.21.0" />
    <PackageVersion Update="OpenTelemetry.Instrumentation.GrpcNetClient" Version="1.20.1-beta.1" />
    <PackageVersion Update="OpenTelemetry.Instrumentation.Http" Version="1.21.0" />
    <PackageVersion Update="OpenTelemetry.Instrumentation.Runtime" Version="1.21.0" />
    <!-- Aspire 13.6.5 needs these at least; CPM's transitive pinning would otherwise report a downgrade (NU1109). -->
    <PackageVersion Update="Microsoft.Extensions.Options" Version="10.0.14" />
    <PackageVersion Update="Microsoft.Extensions.Configuration.Abstractions" Version="10.0.14" />
    <PackageVersion Update="Microsoft.Extensions.Logging.Abstractions" Version="10.0.14" />
    <PackageVersion Update="Npgsql.EntityFrameworkCore.PostgreSQL" Version="10.0.3" />
    <!-- Used by the stand-in projects under standins/. -->
    <PackageVersion Include="Microsoft.Extensions.DependencyInjection.Abstractions" Version="10.0.14" />
    <PackageVersion Include="Microsoft.Extensions.AI" Version="10.5.0" />
  </ItemGroup>
</Project>
XML
sed -i 's|^</Project>|  <Import Project="Directory.Packages.StandIns.props" />\n</Project>|' Directory.Packages.props
grep -q 'Directory.Packages.StandIns.props' Directory.Packages.props

# 2. Stand-in projects (our own code): MediatR, and registration helpers of unserved Aspire/versioning packages.
mkdir -p standins
cp -r "$here/standins/MediatR" "$here/standins/Aspire" standins/

# 3. MediatR 13 is not served (12 lacks a dependency, 13+ is paid): Ordering.Domain references the stand-in instead.
sed -i 's|<PackageReference Include="MediatR" */>|<ProjectReference Include="..\\..\\standins\\MediatR\\MediatR.StandIn.csproj" />|' \
  src/Ordering.Domain/Ordering.Domain.csproj
grep -q 'MediatR.StandIn.csproj' src/Ordering.Domain/Ordering.Domain.csproj

# 4. WebApp: Aspire.Azure.AI.OpenAI, CommunityToolkit.Aspire.OllamaSharp and Asp.Versioning.Http.Client are not
#    served; their registration helpers come from standins/Aspire (which also brings Microsoft.Extensions.AI).
sed -i -e '/<PackageReference Include="Aspire.Azure.AI.OpenAI" *\/>/d' \
       -e '/<PackageReference Include="CommunityToolkit.Aspire.OllamaSharp" *\/>/d' \
       -e '/<PackageReference Include="Asp.Versioning.Http.Client" *\/>/d' \
       -e 's|\(<ProjectReference Include="..\\WebAppComponents\\WebAppComponents.csproj" />\)|\1\n    <ProjectReference Include="..\\..\\standins\\Aspire\\EShop.AspireStandIns.csproj" />|' \
  src/WebApp/WebApp.csproj
grep -q 'EShop.AspireStandIns.csproj' src/WebApp/WebApp.csproj
! grep -q 'Aspire.Azure.AI.OpenAI\|OllamaSharp\|Asp.Versioning.Http.Client' src/WebApp/WebApp.csproj

# 5. The rules file: the package reads PrivacyRules*.txt from each project's own folder.
for p in "${projects[@]}"; do
  cp "$here/PrivacyRules.eShop.txt" "src/$p/"
done

echo "eShop work copy ready at $work (edits: git -C $work status)"
